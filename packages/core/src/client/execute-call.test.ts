import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../retry/retry-policy.js";
import { createFakeTimers, errorOf, type FakeTimers } from "../testing/fake-timers.js";
import type { Transport, TransportRequest, TransportResponse } from "../transport/transport.js";
import { createCallScope } from "./call-scope.js";
import { executeCall } from "./execute-call.js";
import { readBodyText } from "../http/read-body-text.js";

/**
 * The retry loop on a fake clock, against a scripted gateway: which failures are retried and how often, how
 * long it waits between attempts, and how deadlines and the caller's abort end it at each phase.
 */

type Step = (request: TransportRequest) => Promise<TransportResponse>;

function answer(status: number, headers: Record<string, string> = {}, body = status < 300 ? '{"ok":true}' : '{"error":{"message":"nope"}}'): Step {
  return async () => ({
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] },
    body: (async function* () {
      yield new TextEncoder().encode(body);
    })(),
  });
}

const refuseConnection: Step = async () => {
  throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
};

/** Rejects once `signal` aborts, at once if it already has (as fetch does). */
const untilAborted = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

/** Never answers; ends only when the request's signal aborts (a gateway that accepted the connection and went quiet). */
const silence: Step = (request) => untilAborted(request.signal);

/** Plays `steps` in order (the last one repeats) and records when each attempt started. */
function scriptedGateway(timers: FakeTimers, ...steps: Step[]): { transport: Transport; startedAt: number[] } {
  const startedAt: number[] = [];
  const transport: Transport = (request) => {
    const step = steps[Math.min(startedAt.length, steps.length - 1)] as Step;
    startedAt.push(timers.now());
    return step(request);
  };
  return { transport, startedAt };
}

interface RunOptions {
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  headersTimeoutMs?: number;
  signal?: AbortSignal;
  random?: () => number;
}

function run(timers: FakeTimers, transport: Transport, options: RunOptions = {}) {
  const scope = createCallScope({ timeoutMs: options.timeoutMs ?? 600_000, signal: options.signal, timers });
  const settings = {
    transport,
    timers,
    headersTimeoutMs: options.headersTimeoutMs ?? 100_000,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    random: options.random ?? (() => 1),
    logger: undefined,
    secrets: [],
  };
  const route = { baseUrl: "https://gateway.test/v1", model: "gpt-test" };
  const call = executeCall(
    settings,
    scope,
    [[route]],
    () => ({ url: `${route.baseUrl}/models`, method: "GET", headers: {}, body: undefined }),
    async (attempt, meta) => ({
      text: await readBodyText(attempt.response, meta.requestId),
      meta,
    }),
  );
  return timers.settle(call.finally(() => scope.dispose()));
}

describe("executeCall: what is retried", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 524])("retries HTTP %i up to maxRetries, then gives up with the last error", async (status) => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(status));
    const error = errorOf(await run(timers, gateway.transport, { retry: { maxRetries: 3 } }));
    expect(gateway.startedAt).toHaveLength(4);
    expect(error).toMatchObject({ status, retryable: true, attempts: 4 });
  });

  it.each([400, 401, 402, 403, 404, 422])("never retries HTTP %i", async (status) => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(status));
    const error = errorOf(await run(timers, gateway.transport, { retry: { maxRetries: 3 } }));
    expect(gateway.startedAt).toHaveLength(1);
    expect(error).toMatchObject({ status, retryable: false, attempts: 1 });
    expect(timers.sleeps).toEqual([]);
  });

  it("retries a refused connection and succeeds on the attempt that answers", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, refuseConnection, answer(503), answer(200));
    const outcome = await run(timers, gateway.transport);
    expect(outcome.status).toBe("fulfilled");
    expect(outcome).toMatchObject({ value: { text: '{"ok":true}', meta: { attempts: 3, status: 200 } } });
  });

  it("makes exactly one attempt with maxRetries 0", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(503));
    errorOf(await run(timers, gateway.transport, { retry: { maxRetries: 0 } }));
    expect(gateway.startedAt).toHaveLength(1);
  });

  it("does not retry an error that is not a CrazyrouterError (a bug, not a network fault)", async () => {
    const timers = createFakeTimers();
    const bug = new TypeError("undefined is not a function");
    const gateway = scriptedGateway(timers, answer(200));
    const scope = createCallScope({ timeoutMs: 10_000, timers });
    const settings = {
      transport: gateway.transport,
      timers,
      headersTimeoutMs: 1000,
      retry: DEFAULT_RETRY_POLICY,
      random: () => 1,
      logger: undefined,
      secrets: [],
    };
    const route = { baseUrl: "https://gateway.test/v1", model: undefined };
    const consume = async (): Promise<never> => {
      throw bug;
    };
    const outcome = await timers.settle(
      executeCall(settings, scope, [[route]], () => ({ url: `${route.baseUrl}/models`, method: "GET", headers: {}, body: undefined }), consume),
    );
    expect(outcome).toMatchObject({ status: "rejected", reason: bug });
    expect(gateway.startedAt).toHaveLength(1);
  });
});

describe("executeCall: how long it waits", () => {
  it("doubles the backoff per retry and caps it at maxDelayMs", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(503));
    errorOf(await run(timers, gateway.transport, { retry: { maxRetries: 6, baseDelayMs: 500, maxDelayMs: 8000 } }));
    expect(timers.sleeps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(gateway.startedAt).toEqual([0, 500, 1500, 3500, 7500, 15_500, 23_500]);
  });

  it("jitters within the upper half of each step", async () => {
    const timers = createFakeTimers();
    errorOf(await run(timers, scriptedGateway(timers, answer(503)).transport, { retry: { maxRetries: 3 }, random: () => 0 }));
    expect(timers.sleeps).toEqual([250, 500, 1000]);
  });

  it("waits what the server's retry-after asks (seconds or retry-after-ms) instead of the backoff", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(429, { "retry-after": "7" }), answer(429, { "retry-after-ms": "1250" }), answer(200));
    expect((await run(timers, gateway.transport)).status).toBe("fulfilled");
    expect(timers.sleeps).toEqual([7000, 1250]);
    expect(gateway.startedAt).toEqual([0, 7000, 8250]);
  });

  it("does not wait for a retry-after beyond maxRetryAfterMs: it backs off as usual", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(429, { "retry-after": "3600" }), answer(200));
    expect((await run(timers, gateway.transport, { retry: { maxRetryAfterMs: 60_000 } })).status).toBe("fulfilled");
    expect(timers.sleeps).toEqual([500]);
  });

  it("gives up at once, without sleeping, when the wait would outlast the deadline", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, answer(429, { "retry-after": "30" }));
    const outcome = await run(timers, gateway.transport, { timeoutMs: 20_000 });
    expect(errorOf(outcome)).toMatchObject({ code: "rate_limited", status: 429, attempts: 1 });
    expect(timers.sleeps).toEqual([]);
    expect(outcome.elapsedMs).toBe(0);
  });
});

describe("executeCall: deadlines", () => {
  it("ends an attempt whose headers do not arrive in time and tries a fresh connection", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, silence, answer(200));
    const outcome = await run(timers, gateway.transport, { headersTimeoutMs: 5000 });
    expect(outcome).toMatchObject({ status: "fulfilled", value: { meta: { attempts: 2 } } });
    expect(gateway.startedAt).toEqual([0, 5500]);
  });

  it("reports a headers timeout as retryable timeout that names the host and the wait", async () => {
    const timers = createFakeTimers();
    const outcome = await run(timers, scriptedGateway(timers, silence).transport, { headersTimeoutMs: 5000, retry: { maxRetries: 0 } });
    expect(errorOf(outcome)).toMatchObject({ code: "timeout", retryable: true, attempts: 1 });
    expect(errorOf(outcome).message).toBe("gateway.test sent no response within 5 s.");
    expect(outcome.elapsedMs).toBe(5000);
  });

  it("stops at the total deadline while an attempt is waiting for headers", async () => {
    const timers = createFakeTimers();
    const outcome = await run(timers, scriptedGateway(timers, silence).transport, { timeoutMs: 3000, headersTimeoutMs: 100_000 });
    expect(errorOf(outcome)).toMatchObject({ code: "timeout", message: "No complete answer within 3000 ms.", attempts: 1 });
    expect(outcome.elapsedMs).toBe(3000);
    expect(timers.pending()).toBe(0);
  });

  it("stops at the total deadline during a backoff sleep, not after it", async () => {
    const timers = createFakeTimers();
    // 1000 ms attempt, then a 4000 ms retry-after that fits the 6000 ms deadline when it is decided, but
    // the loop must still not sleep past the deadline if the clock runs on: the deadline fires mid-sleep.
    const slowFailure: Step = (request) =>
      new Promise((resolve, reject) => {
        const cancel = timers.schedule(1000, () => resolve(answer(503, { "retry-after": "4" })(request)));
        request.signal.addEventListener("abort", () => (cancel(), reject(request.signal.reason)), { once: true });
      });
    const gateway = scriptedGateway(timers, slowFailure, silence);
    const outcome = await run(timers, gateway.transport, { timeoutMs: 6000 });
    expect(errorOf(outcome)).toMatchObject({ code: "timeout", attempts: 2 });
    expect(outcome.elapsedMs).toBe(6000);
    expect(gateway.startedAt).toEqual([0, 5000]);
  });
});

describe("executeCall: the caller aborts", () => {
  it("before the call starts: one attempt, code aborted, nothing retried", async () => {
    const timers = createFakeTimers();
    const gateway = scriptedGateway(timers, silence);
    const outcome = await run(timers, gateway.transport, { signal: AbortSignal.abort() });
    expect(errorOf(outcome)).toMatchObject({ code: "aborted", attempts: 1 });
    expect(outcome.elapsedMs).toBe(0);
  });

  it("while waiting for headers: ends at once with code aborted", async () => {
    const timers = createFakeTimers();
    const caller = new AbortController();
    timers.schedule(2500, () => caller.abort());
    const gateway = scriptedGateway(timers, silence);
    const outcome = await run(timers, gateway.transport, { signal: caller.signal });
    expect(errorOf(outcome)).toMatchObject({ code: "aborted", attempts: 1 });
    expect(outcome.elapsedMs).toBe(2500);
    expect(gateway.startedAt).toHaveLength(1);
  });

  it("during a backoff sleep: wakes and ends without another attempt", async () => {
    const timers = createFakeTimers();
    const caller = new AbortController();
    timers.schedule(200, () => caller.abort());
    const gateway = scriptedGateway(timers, answer(503));
    const outcome = await run(timers, gateway.transport, { signal: caller.signal });
    expect(errorOf(outcome)).toMatchObject({ code: "aborted", attempts: 1 });
    expect(outcome.elapsedMs).toBe(200);
    expect(gateway.startedAt).toHaveLength(1);
  });

  it("while the body is arriving: ends with code aborted, not a retried connection error", async () => {
    const timers = createFakeTimers();
    const caller = new AbortController();
    const slowBody: Step = async (request) => ({
      status: 200,
      headers: { get: () => undefined },
      body: (async function* () {
        yield new TextEncoder().encode('{"ok":');
        await untilAborted(request.signal);
      })(),
    });
    timers.schedule(700, () => caller.abort());
    const gateway = scriptedGateway(timers, slowBody);
    const outcome = await run(timers, gateway.transport, { signal: caller.signal });
    expect(errorOf(outcome)).toMatchObject({ code: "aborted" });
    expect(outcome.elapsedMs).toBe(700);
    expect(gateway.startedAt).toHaveLength(1);
  });
});
