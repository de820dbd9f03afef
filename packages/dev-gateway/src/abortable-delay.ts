import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits `milliseconds`, ending early when `signal` aborts (client gone or gateway closing). The timer is
 * cleared on abort, so nothing keeps the process alive after close(). Resolves true if the full time passed.
 */
export async function abortableDelay(milliseconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (milliseconds <= 0) return true;
  try {
    await sleep(milliseconds, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
