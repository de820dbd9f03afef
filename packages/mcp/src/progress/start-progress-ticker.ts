import type { ToolExtra } from "../tools/tool-context.js";

export interface ProgressTicker {
  /** Sends a notification with a new message at once (a new phase: downloading, saving). */
  update(message: string): void;
  stop(): void;
}

export const PROGRESS_INTERVAL_MS = 3000;

/**
 * Sends `notifications/progress` now and every few seconds while a slow call runs, when the client asked
 * for progress. Clients such as Cherry Studio ("Long Running") restart their request timeout on each one,
 * so an image that takes two minutes is not cut off at 60 s.
 */
export function startProgressTicker(extra: ToolExtra, message: string, intervalMs = PROGRESS_INTERVAL_MS): ProgressTicker {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return { update() {}, stop() {} };
  const startedAt = Date.now();
  let progress = 0;
  let current = message;
  let stopped = false;
  const send = () => {
    if (stopped) return;
    progress += 1;
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    // A failed notification must not fail the call: the client may have gone, and the abort handles that.
    extra
      .sendNotification({ method: "notifications/progress", params: { progressToken, progress, message: `${current} (${seconds} s)` } })
      .catch(() => undefined);
  };
  send();
  const timer = setInterval(send, intervalMs);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  extra.signal.addEventListener("abort", stop, { once: true });
  return {
    update(next) {
      current = next;
      send();
    },
    stop,
  };
}
