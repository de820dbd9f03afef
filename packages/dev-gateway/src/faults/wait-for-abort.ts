/**
 * Resolves when `signal` aborts (the client left or the gateway is closing). No timer is involved, so a wait
 * that should never end on its own (the no-headers fault) keeps nothing alive after close().
 */
export function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
