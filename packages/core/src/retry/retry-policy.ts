export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server's retry-after longer than this is not waited for; backoff is used instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/**
 * Reads `retry-after-ms` (OpenAI's precise header) or `retry-after` (seconds or an HTTP date) into
 * milliseconds; undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: { get(name: string): string | null | undefined }, nowEpochMs: number): number | undefined {
  const precise = headers.get("retry-after-ms");
  if (precise) {
    const ms = Number(precise);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowEpochMs);
}

/** Exponential backoff with jitter (half fixed, half random) so clients that failed together spread out. */
export function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs <= policy.maxRetryAfterMs) return retryAfterMs;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return exponential / 2 + (exponential / 2) * random();
}
