/** Rounds to a fixed number of decimals, so JSON results carry no float noise (0.1234 instead of 0.12339999). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
