/** Milliseconds on a monotonic clock; injected so durations in tests can be fixed. */
export interface Clock {
  now(): number;
}
