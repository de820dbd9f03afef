import { describe, expect, it } from "vitest";
import { createFakeTimers } from "../testing/fake-timers.js";
import { createCallScope } from "./call-scope.js";

/** The call scope on a fake clock: which of caller, deadline and idle watchdog aborts the call, and when. */

function scopeOn(options: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  const timers = createFakeTimers();
  const scope = createCallScope({ timeoutMs: options.timeoutMs ?? 10_000, signal: options.signal, timers });
  return { timers, scope };
}

describe("createCallScope: the total deadline", () => {
  it("aborts exactly at the deadline, not a millisecond before, and says it was the deadline", async () => {
    const { timers, scope } = scopeOn({ timeoutMs: 5000 });
    await timers.advance(4999);
    expect(scope.signal.aborted).toBe(false);
    expect(scope.abortError()).toBeUndefined();
    expect(scope.remainingMs()).toBe(1);
    await timers.advance(1);
    expect(scope.signal.aborted).toBe(true);
    expect(scope.abortError()).toMatchObject({ code: "timeout", message: "No complete answer within 5000 ms." });
    expect(scope.remainingMs()).toBe(0);
  });

  it("counts down remainingMs with the clock and never below zero", async () => {
    const { timers, scope } = scopeOn({ timeoutMs: 3000 });
    expect(scope.remainingMs()).toBe(3000);
    await timers.advance(1200);
    expect(scope.remainingMs()).toBe(1800);
    await timers.advance(60_000);
    expect(scope.remainingMs()).toBe(0);
  });

  it("leaves nothing scheduled and ignores the caller once disposed", async () => {
    const caller = new AbortController();
    const { timers, scope } = scopeOn({ signal: caller.signal });
    scope.startIdleWatchdog(1000);
    expect(timers.pending()).toBe(2);
    scope.dispose();
    expect(timers.pending()).toBe(0);
    caller.abort();
    await timers.advance(60_000);
    expect(scope.signal.aborted).toBe(false);
    expect(scope.abortError()).toBeUndefined();
  });
});

describe("createCallScope: the caller's signal", () => {
  it("aborts with code aborted when the caller aborts, and stops the deadline timer", async () => {
    const caller = new AbortController();
    const { timers, scope } = scopeOn({ signal: caller.signal });
    await timers.advance(100);
    caller.abort();
    expect(scope.signal.aborted).toBe(true);
    expect(scope.abortError()).toMatchObject({ code: "aborted" });
    expect(timers.pending()).toBe(0);
  });

  it("is aborted from the start when the caller's signal already is", () => {
    const { scope } = scopeOn({ signal: AbortSignal.abort() });
    expect(scope.signal.aborted).toBe(true);
    expect(scope.abortError()?.code).toBe("aborted");
  });

  it("keeps the first cause: a caller abort after the deadline does not turn a timeout into a cancel", async () => {
    const caller = new AbortController();
    const { timers, scope } = scopeOn({ timeoutMs: 1000, signal: caller.signal });
    await timers.advance(1000);
    caller.abort();
    expect(scope.abortError()?.code).toBe("timeout");
  });

  it("cancel() aborts as the caller would (how sibling embeddings batches are stopped)", () => {
    const { scope } = scopeOn();
    scope.cancel();
    expect(scope.abortError()?.code).toBe("aborted");
  });
});

describe("createCallScope: the idle watchdog", () => {
  it("stops a stream that sends nothing for the idle time", async () => {
    const { timers, scope } = scopeOn({ timeoutMs: 600_000 });
    scope.startIdleWatchdog(1000);
    await timers.advance(999);
    expect(scope.signal.aborted).toBe(false);
    await timers.advance(1);
    expect(scope.abortError()).toMatchObject({ code: "timeout", message: "The stream sent nothing for 1000 ms and was stopped." });
  });

  it("measures quiet from the last chunk: a stream that keeps sending outlives many idle windows", async () => {
    const { timers, scope } = scopeOn({ timeoutMs: 600_000 });
    scope.startIdleWatchdog(1000);
    for (let chunk = 0; chunk < 50; chunk++) {
      await timers.advance(900);
      scope.touch();
    }
    expect(scope.signal.aborted).toBe(false);
    // The last chunk came at 45 000 ms: quiet until 45 999 is fine, 46 000 is the limit.
    await timers.advance(999);
    expect(scope.signal.aborted).toBe(false);
    await timers.advance(1);
    expect(scope.abortError()?.message).toMatch(/sent nothing for 1000 ms/);
  });

  it("keeps one timer for the watchdog however many chunks arrive", async () => {
    const { timers, scope } = scopeOn();
    scope.startIdleWatchdog(1000);
    for (let chunk = 0; chunk < 100; chunk++) scope.touch();
    expect(timers.pending()).toBe(2);
  });

  it("is off for a zero idle time, and a second start does not shorten the first", async () => {
    const zero = scopeOn({ timeoutMs: 600_000 });
    zero.scope.startIdleWatchdog(0);
    await zero.timers.advance(100_000);
    expect(zero.scope.signal.aborted).toBe(false);

    const twice = scopeOn({ timeoutMs: 600_000 });
    twice.scope.startIdleWatchdog(5000);
    twice.scope.startIdleWatchdog(10);
    await twice.timers.advance(4999);
    expect(twice.scope.signal.aborted).toBe(false);
    await twice.timers.advance(1);
    expect(twice.scope.abortError()?.message).toMatch(/5000 ms/);
  });

  it("gives way to the total deadline when that comes first", async () => {
    const { timers, scope } = scopeOn({ timeoutMs: 1500 });
    scope.startIdleWatchdog(1000);
    await timers.advance(900);
    scope.touch();
    await timers.advance(600);
    expect(scope.abortError()?.message).toBe("No complete answer within 1500 ms.");
  });
});
