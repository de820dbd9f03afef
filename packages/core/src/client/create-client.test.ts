import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { Timers } from "../timers/timers.js";
import type { Transport } from "../transport/transport.js";
import { createClient } from "./create-client.js";
import { DEFAULT_DEADLINES } from "./deadlines.js";

/**
 * The default deadlines, on a fake clock: a gateway that accepts the connection and never answers must not
 * hold a call for long. Time only moves when the test says so; nothing here waits for real.
 */

// The host's timers, which vitest's fake clock replaces (core itself never touches globals).
const testTimers: Timers = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    }),
  schedule: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Accepts every request and never answers; counts them and ends each only when its signal aborts. */
function silentGateway(): { transport: Transport; attempts(): number } {
  let attempts = 0;
  const transport: Transport = (request) => {
    attempts++;
    return new Promise((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }));
  };
  return { transport, attempts: () => attempts };
}

async function settle(promise: Promise<unknown>): Promise<{ error: CrazyrouterError; at: number }> {
  let outcome: { error: CrazyrouterError; at: number } | undefined;
  const started = Date.now();
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => {
      if (!CrazyrouterError.isInstance(error)) throw error;
      outcome = { error, at: Date.now() - started };
    },
  );
  // Step the fake clock a second at a time until the call ends (at most two hours of fake time).
  for (let step = 0; step < 7200 && !outcome; step++) await vi.advanceTimersByTimeAsync(1000);
  if (!outcome) throw new Error("the call never ended");
  return outcome;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const hello = { model: "gpt-5.4", messages: [{ role: "user" as const, content: "hi" }] };
const client = (transport: Transport, options: { timeoutMs?: number } = {}) =>
  createClient({ apiKey: "sk-test-0123456789", baseUrl: "https://gateway.test/v1", transport, timers: testTimers, random: () => 0, ...options });

describe("default deadlines", () => {
  it("are derived from Cloudflare's 100 s: headers may take a little longer, never ten minutes", () => {
    expect(DEFAULT_DEADLINES.headersMs).toBeGreaterThan(100_000);
    expect(DEFAULT_DEADLINES.headersMs).toBeLessThanOrEqual(120_000);
    expect(DEFAULT_DEADLINES.totalMs).toBeGreaterThanOrEqual(2 * DEFAULT_DEADLINES.headersMs);
    expect(DEFAULT_DEADLINES.totalMs).toBeLessThan(600_000);
    expect(DEFAULT_DEADLINES.streamTotalMs).toBeGreaterThan(DEFAULT_DEADLINES.totalMs);
  });

  it("end a whole-answer call to a silent gateway by the total deadline, after retrying a fresh connection", async () => {
    const gateway = silentGateway();
    const { error, at } = await settle(client(gateway.transport).chat(hello));
    expect(error.code).toBe("timeout");
    expect(at).toBeLessThanOrEqual(DEFAULT_DEADLINES.totalMs);
    expect(gateway.attempts()).toBeGreaterThanOrEqual(2);
  });

  it("end each attempt at the headers deadline with an error that says nothing started", async () => {
    const gateway = silentGateway();
    const { error, at } = await settle(client(gateway.transport).listModels({ maxRetries: 0 }));
    expect(error).toMatchObject({ code: "timeout", retryable: true, attempts: 1 });
    expect(error.message).toMatch(/sent no response within 110 s/);
    expect(error.hint).toMatch(/524/);
    expect(at).toBeGreaterThanOrEqual(DEFAULT_DEADLINES.headersMs);
    expect(at).toBeLessThan(DEFAULT_DEADLINES.headersMs + 1000);
  });

  it("end a stream request to a silent gateway once its attempts time out, long before the stream total", async () => {
    const gateway = silentGateway();
    const { error, at } = await settle(client(gateway.transport).streamChat(hello));
    expect(error.code).toBe("timeout");
    expect(gateway.attempts()).toBe(3);
    expect(at).toBeLessThan(4 * DEFAULT_DEADLINES.headersMs);
  });

  it("give way to a configured timeout, for streams too", async () => {
    const { error, at } = await settle(client(silentGateway().transport, { timeoutMs: 3000 }).streamChat(hello));
    expect(error.code).toBe("timeout");
    expect(at).toBeLessThanOrEqual(3000);
  });
});
