import type { FaultSpec } from "./fault-spec.js";

/**
 * Counts requests per fault spec so `times=N` fails only the first N: tests can then prove that a client
 * retried exactly N times and succeeded. Reset together with the request recording.
 */
export class FaultCounter {
  readonly #seen = new Map<string, number>();

  /** Records one request carrying `spec`; true when this request should fail. */
  shouldFail(spec: FaultSpec): boolean {
    const seen = (this.#seen.get(spec.key) ?? 0) + 1;
    this.#seen.set(spec.key, seen);
    return spec.times === undefined || seen <= spec.times;
  }

  reset(): void {
    this.#seen.clear();
  }
}
