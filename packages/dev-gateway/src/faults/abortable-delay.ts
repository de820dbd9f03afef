import { setTimeout as sleep } from "node:timers/promises";
import { assertTimerDelay } from "./max-timer-delay.js";

/**
 * Waits `milliseconds`, ending early when `signal` aborts (client gone or gateway closing). The timer is
 * cleared on abort, so nothing keeps the process alive after close(). Resolves true if the full time passed.
 */
export async function abortableDelay(milliseconds: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (milliseconds <= 0) return true;
  // Inputs are checked where users give them; this catches a path that forgot, instead of firing at once.
  assertTimerDelay("delay", milliseconds);
  try {
    await sleep(milliseconds, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
