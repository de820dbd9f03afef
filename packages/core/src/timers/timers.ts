/**
 * Time, injected. The core never touches global timers so that bundles for hosts that forbid them
 * (n8n's community-node scanner) can pass the host's own.
 */
export interface Timers {
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
  /** Resolves after `ms`; may reject or resolve early once `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
