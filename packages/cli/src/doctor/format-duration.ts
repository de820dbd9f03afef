/** `12 ms` below a second, `1.2 s` above: what a person reads at a glance. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
