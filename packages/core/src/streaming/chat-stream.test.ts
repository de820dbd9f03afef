import { describe, expect, it } from "vitest";
import { createCallScope } from "../client/call-scope.js";
import { createFakeTimers, errorOf, type FakeTimers } from "../testing/fake-timers.js";
import type { TransportResponse } from "../transport/transport.js";
import { createChatStream } from "./chat-stream.js";

/**
 * The stream reader on a fake clock: the idle watchdog, the total deadline and the caller's abort while
 * chunks are arriving, and that every way out releases the connection and the scope's timers.
 */

const encoder = new TextEncoder();
const event = (content: string) => encoder.encode(`data: ${JSON.stringify({ id: "c1", choices: [{ index: 0, delta: { content } }] })}\n\n`);
const done = encoder.encode("data: [DONE]\n\n");

/**
 * A body whose chunks arrive at the given fake times (ms after reading starts); after the last it stays
 * open, so only the scope can end it. It fails once `signal` aborts, as a transport's body does.
 */
function timedBody(
  timers: FakeTimers,
  signal: AbortSignal,
  arrivals: readonly (readonly [number, Uint8Array])[],
): TransportResponse & { discarded(): boolean } {
  let discarded = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const started = timers.now();
    for (const [at, bytes] of arrivals) {
      await new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const cancel = timers.schedule(started + at - timers.now(), resolve);
        signal.addEventListener("abort", () => (cancel(), reject(signal.reason)), { once: true });
      });
      yield bytes;
    }
    await new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
  }
  return {
    status: 200,
    headers: { get: (name: string) => (name === "content-type" ? "text/event-stream" : undefined) },
    body: chunks(),
    discard: async () => {
      discarded = true;
    },
    discarded: () => discarded,
  };
}

function openStream(arrivals: readonly (readonly [number, Uint8Array])[], options: { timeoutMs?: number; idleTimeoutMs?: number; signal?: AbortSignal } = {}) {
  const timers = createFakeTimers();
  const scope = createCallScope({ timeoutMs: options.timeoutMs ?? 600_000, signal: options.signal, timers });
  const response = timedBody(timers, scope.signal, arrivals);
  const meta = { requestId: "req-1", status: 200, baseUrl: "https://gateway.test/v1", model: "gpt-test", attempts: 2 };
  const stream = createChatStream(response, scope, meta, { idleTimeoutMs: options.idleTimeoutMs ?? 1000, surface: (error) => error, warnings: [] });
  return { timers, stream, response };
}

describe("createChatStream: the idle watchdog", () => {
  it("lets a slow stream finish as long as no gap reaches the idle time", async () => {
    const arrivals = [...Array.from({ length: 20 }, (_, index) => [(index + 1) * 900, event(`w${index} `)] as const), [18_900, done] as const];
    const { timers, stream, response } = openStream(arrivals, { idleTimeoutMs: 1000 });
    const outcome = await timers.settle(stream.collect());
    expect(outcome).toMatchObject({ status: "fulfilled", elapsedMs: 18_900 });
    expect(response.discarded()).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it("stops a stream that goes quiet mid-answer, exactly one idle time after the last chunk", async () => {
    const { timers, stream, response } = openStream(
      [
        [500, event("Hel")],
        [1200, event("lo")],
      ],
      { idleTimeoutMs: 1000 },
    );
    const outcome = await timers.settle(stream.collect());
    expect(errorOf(outcome)).toMatchObject({
      code: "timeout",
      message: "The stream sent nothing for 1000 ms and was stopped.",
      requestId: "req-1",
      attempts: 2,
    });
    expect(outcome.elapsedMs).toBe(2200);
    expect(response.discarded()).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it("starts watching when reading starts, not when the stream object is made", async () => {
    const { timers, stream } = openStream(
      [
        [800, event("a")],
        [1600, done],
      ],
      { idleTimeoutMs: 1000 },
    );
    await timers.advance(5000);
    expect((await timers.settle(stream.collect())).status).toBe("fulfilled");
  });
});

describe("createChatStream: deadlines and aborts while chunks arrive", () => {
  it("stops at the total deadline even while chunks keep coming", async () => {
    const arrivals = Array.from({ length: 100 }, (_, index) => [(index + 1) * 500, event("x")] as const);
    const { timers, stream } = openStream(arrivals, { timeoutMs: 7000, idleTimeoutMs: 1000 });
    const outcome = await timers.settle(stream.collect());
    expect(errorOf(outcome)).toMatchObject({ code: "timeout", message: "No complete answer within 7000 ms." });
    expect(outcome.elapsedMs).toBe(7000);
  });

  it("ends with code aborted when the caller aborts mid-stream, after the chunks already handed out", async () => {
    const caller = new AbortController();
    const { timers, stream, response } = openStream(
      [
        [100, event("a")],
        [200, event("b")],
        [5000, done],
      ],
      { signal: caller.signal, idleTimeoutMs: 60_000 },
    );
    timers.schedule(300, () => caller.abort());
    const received: string[] = [];
    const reading = (async () => {
      for await (const chunk of stream) received.push(String(chunk.choices[0]?.delta?.content));
    })();
    const outcome = await timers.settle(reading);
    expect(errorOf(outcome)).toMatchObject({ code: "aborted", requestId: "req-1" });
    expect(outcome.elapsedMs).toBe(300);
    expect(received).toEqual(["a", "b"]);
    expect(response.discarded()).toBe(true);
  });

  it("cancel() releases the connection and the scope's timers", async () => {
    const { timers, stream, response } = openStream([[100, event("a")]]);
    const iterator = stream[Symbol.asyncIterator]();
    expect((await timers.settle(iterator.next())).status).toBe("fulfilled");
    expect(timers.pending()).toBeGreaterThan(0);
    stream.cancel();
    expect(response.discarded()).toBe(true);
    expect(timers.pending()).toBe(0);
  });
});
