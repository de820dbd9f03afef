import { describe, expect, it } from "vitest";
import table from "../../fixtures/retry-delay.json" with { type: "json" };
import type { FixtureTable, RetryDelayFixtureRow } from "../fixtures/fixture-rows.js";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./retry-policy.js";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe("parseRetryAfter", () => {
  it("prefers retry-after-ms, reads seconds and HTTP dates", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "250", "retry-after": "3" }), 0)).toBe(250);
    expect(parseRetryAfter(headers({ "retry-after": "3" }), 0)).toBe(3000);
    const now = Date.parse("2026-11-21T10:00:00Z");
    expect(parseRetryAfter(headers({ "retry-after": "Sat, 21 Nov 2026 10:00:05 GMT" }), now)).toBe(5000);
    expect(parseRetryAfter(headers({ "retry-after": "soon" }), 0)).toBeUndefined();
    expect(parseRetryAfter(headers({}), 0)).toBeUndefined();
  });
});

describe("backoffDelayMs", () => {
  it("doubles per retry, caps, and jitters within the upper half", () => {
    expect(backoffDelayMs(1, DEFAULT_RETRY_POLICY, () => 0)).toBe(250);
    expect(backoffDelayMs(1, DEFAULT_RETRY_POLICY, () => 1)).toBe(500);
    expect(backoffDelayMs(3, DEFAULT_RETRY_POLICY, () => 1)).toBe(2000);
    expect(backoffDelayMs(10, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it("honours a server's retry-after up to the cap, and falls back to backoff beyond it", () => {
    expect(backoffDelayMs(1, DEFAULT_RETRY_POLICY, () => 1, 1200)).toBe(1200);
    expect(backoffDelayMs(1, DEFAULT_RETRY_POLICY, () => 1, 120_000)).toBe(500);
  });
});

describe("the wait before a retry on the shared table (fixtures/retry-delay.json)", () => {
  const { rows } = table as FixtureTable<RetryDelayFixtureRow>;
  it.each(rows.map((row) => [row.case, row] as const))("%s", (_, row) => {
    const retryAfterMs = parseRetryAfter(headers(row.headers), row.nowEpochMs);
    expect(backoffDelayMs(row.retryNumber, DEFAULT_RETRY_POLICY, () => row.random, retryAfterMs)).toBe(row.delayMs);
  });
});
