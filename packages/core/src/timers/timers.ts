/**
 * Time, injected. The core never touches global timers so that bundles for hosts that forbid them
 * (n8n's community-node scanner) can pass the host's own.
 */
export interface Timers {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  /** Resolves after `ms`; may reject or resolve early once `signal` aborts. Used for retry backoff. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Calls `callback` after `ms` unless the returned cancel function runs first. Deadlines use this on
   * every call, so it must be cheap: aborting a signal-bound sleep costs tens of microseconds.
   */
  schedule(ms: number, callback: () => void): () => void;
}
