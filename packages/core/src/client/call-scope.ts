import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import type { Timers } from "../timers/timers.js";

/**
 * One call's cancellation: the caller's AbortSignal, the total deadline and (for streams) an idle
 * watchdog all abort the same controller, and the scope remembers which one fired so the error says so.
 */
export interface CallScope {
  signal: AbortSignal;
  /** Milliseconds left before the deadline. */
  remainingMs(): number;
  /** Restart the idle watchdog: call on every received chunk. */
  touch(): void;
  startIdleWatchdog(idleMs: number): void;
  /** The error that explains why the scope aborted, or undefined while it is live. */
  abortError(): CrazyrouterError | undefined;
  /** Aborts the call as if the caller had (used to stop sibling requests after one failed). */
  cancel(): void;
  dispose(): void;
}

type AbortCause = "caller" | "deadline" | "idle";

export function createCallScope(options: { signal?: AbortSignal | undefined; timeoutMs: number; timers: Timers }): CallScope {
  const { timers, timeoutMs } = options;
  const controller = new AbortController();
  const deadlineAt = timers.now() + timeoutMs;
  let cause: AbortCause | undefined;
  let idleMs = 0;
  let lastActivity = 0;
  let cancelIdle: (() => void) | undefined;

  const abort = (why: AbortCause) => {
    if (cause) return;
    cause = why;
    cancelDeadline();
    cancelIdle?.();
    controller.abort(new Error(`crazyrouter call aborted: ${why}`));
  };

  const onCallerAbort = () => abort("caller");
  const cancelDeadline = timers.schedule(timeoutMs, () => abort("deadline"));
  if (options.signal?.aborted) abort("caller");
  else options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  // One timer at a time rather than one per chunk: cheap on long streams.
  const watchIdle = (waitMs: number): void => {
    cancelIdle = timers.schedule(waitMs, () => {
      const quietFor = timers.now() - lastActivity;
      if (quietFor >= idleMs) abort("idle");
      else watchIdle(idleMs - quietFor);
    });
  };

  return {
    signal: controller.signal,
    remainingMs: () => Math.max(0, deadlineAt - timers.now()),
    touch: () => {
      lastActivity = timers.now();
    },
    startIdleWatchdog(ms) {
      if (ms <= 0 || idleMs > 0) return;
      idleMs = ms;
      lastActivity = timers.now();
      watchIdle(ms);
    },
    abortError() {
      if (cause === "caller") return new CrazyrouterError({ code: "aborted", message: "The call was cancelled.", hint: FIX_HINTS.aborted });
      if (cause === "deadline")
        return new CrazyrouterError({ code: "timeout", message: `No complete answer within ${timeoutMs} ms.`, hint: FIX_HINTS.timeout });
      if (cause === "idle")
        return new CrazyrouterError({
          code: "timeout",
          message: `The stream sent nothing for ${idleMs} ms and was stopped.`,
          hint: FIX_HINTS.timeout,
        });
      return undefined;
    },
    cancel: () => abort("caller"),
    dispose() {
      cancelDeadline();
      cancelIdle?.();
      options.signal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
