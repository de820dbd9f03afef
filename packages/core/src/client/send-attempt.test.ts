import { describe, expect, it } from "vitest";
import { createFakeTimers } from "../testing/fake-timers.js";
import type { Transport } from "../transport/transport.js";
import { createCallScope } from "./call-scope.js";
import { sendAttempt } from "./send-attempt.js";

/** What one attempt throws: an Error with a stack for every kind of failure, carrying the classified error. */

const request = { url: "https://gateway.test/v1/models", method: "GET" as const, headers: {}, body: undefined };

function attempt(transport: Transport, signal?: AbortSignal) {
  const timers = createFakeTimers();
  const scope = createCallScope({ timeoutMs: 60_000, signal, timers });
  return timers.settle(sendAttempt({ transport, timers, headersTimeoutMs: 1000 }, request, scope));
}

const reply =
  (status: number, headers: Record<string, string> = {}): Transport =>
  async () => ({ status, headers: { get: (name: string) => headers[name] }, body: [new TextEncoder().encode("{}")] as unknown as AsyncIterable<Uint8Array> });

const refusesConnection: Transport = async () => {
  throw new Error("connect ECONNREFUSED");
};
const neverAnswers: Transport = (sent) => new Promise((_, reject) => sent.signal.addEventListener("abort", () => reject(sent.signal.reason)));
const rejectsWithTheAbort: Transport = (sent) => Promise.reject(sent.signal.reason);

describe("sendAttempt failures", () => {
  it.each([
    ["an HTTP error", reply(429, { "retry-after": "2" }), undefined, "rate_limited", 2000],
    ["a refused connection", refusesConnection, undefined, "connection", undefined],
    ["no headers in time", neverAnswers, undefined, "timeout", undefined],
    ["the caller's abort", rejectsWithTheAbort, AbortSignal.abort(), "aborted", undefined],
  ] as const)("%s is thrown as an Error that carries the classified error", async (_, transport, signal, code, retryAfterMs) => {
    const outcome = await attempt(transport, signal);
    expect(outcome.status).toBe("rejected");
    const thrown = (outcome as { reason: unknown }).reason;
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).stack).toBeTypeOf("string");
    expect(thrown).toMatchObject({ error: { code }, retryAfterMs });
  });
});
