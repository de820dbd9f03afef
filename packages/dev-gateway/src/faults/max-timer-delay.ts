/**
 * The longest wait a Node timer can hold (2^31 - 1 ms, about 24.8 days). Longer ones fire after 1 ms with
 * only a warning, so a "stall for a very long time" fault would answer at once; every delay input is
 * checked against this instead.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Throws a readable error for a delay a timer cannot wait; `name` is the input as the user wrote it. */
export function assertTimerDelay(name: string, milliseconds: number): void {
  if (!Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > MAX_TIMER_DELAY_MS) {
    throw new RangeError(
      `${name} must be from 0 to ${MAX_TIMER_DELAY_MS} ms (about 24.8 days), got ${milliseconds}: Node timers cannot wait longer and would fire at once`,
    );
  }
}
