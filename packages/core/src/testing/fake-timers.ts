import { setImmediate } from "node:timers/promises";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { Timers } from "../timers/timers.js";

/**
 * A clock that moves only when a test says so, in place of the core's injected `Timers`. Callbacks fire in
 * time order, and between two of them every promise reaction already queued runs, so code awaiting a
 * transport or a sleep sees time pass the way it would for real, without waiting for it.
 */
export interface FakeTimers extends Timers {
  /** Moves the clock forward by `ms`, firing every callback that falls due on the way. */
  advance(ms: number): Promise<void>;
  /** Moves the clock from callback to callback until `promise` settles; returns its outcome and the time it took. */
  settle<T>(promise: Promise<T>, limitMs?: number): Promise<Settled<T>>;
  /** How many callbacks are waiting (deadlines, watchdogs, sleeps): 0 once a call has cleaned up. */
  pending(): number;
  /** Every `sleep` asked for, in order (the retry loop's backoff). */
  readonly sleeps: readonly number[];
}

export type Settled<T> = { elapsedMs: number } & ({ status: "fulfilled"; value: T } | { status: "rejected"; reason: unknown });

interface Entry {
  at: number;
  order: number;
  callback: () => void;
}

/** Lets every promise reaction queued so far run (a macrotask turn comes only after the microtask queue drains). */
const flush = () => setImmediate();

export function createFakeTimers(): FakeTimers {
  let now = 0;
  let order = 0;
  let entries: Entry[] = [];
  const sleeps: number[] = [];

  const schedule = (ms: number, callback: () => void): (() => void) => {
    const entry: Entry = { at: now + Math.max(0, ms), order: order++, callback };
    entries.push(entry);
    return () => {
      entries = entries.filter((candidate) => candidate !== entry);
    };
  };

  const next = (): Entry | undefined =>
    entries.reduce<Entry | undefined>(
      (best, entry) => (!best || entry.at < best.at || (entry.at === best.at && entry.order < best.order) ? entry : best),
      undefined,
    );

  const fire = async (entry: Entry): Promise<void> => {
    entries = entries.filter((candidate) => candidate !== entry);
    now = Math.max(now, entry.at);
    entry.callback();
    await flush();
  };

  return {
    now: () => now,
    schedule,
    sleeps,
    sleep(ms, signal) {
      sleeps.push(ms);
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          cancel();
          reject(signal?.reason);
        };
        const cancel = schedule(ms, () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        });
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    async advance(ms) {
      const target = now + ms;
      await flush();
      for (let entry = next(); entry && entry.at <= target; entry = next()) await fire(entry);
      now = target;
      await flush();
    },
    async settle<T>(promise: Promise<T>, limitMs = 24 * 3_600_000): Promise<Settled<T>> {
      const started = now;
      let outcome: { status: "fulfilled"; value: T } | { status: "rejected"; reason: unknown } | undefined;
      promise.then(
        (value) => (outcome = { status: "fulfilled", value }),
        (reason: unknown) => (outcome = { status: "rejected", reason }),
      );
      await flush();
      while (!outcome) {
        const entry = next();
        if (!entry) throw new Error("fake clock: the promise waits on something other than time, and nothing is scheduled");
        if (entry.at - started > limitMs) throw new Error(`fake clock: still pending after ${limitMs} ms of fake time`);
        await fire(entry);
      }
      return { ...outcome, elapsedMs: now - started };
    },
    pending: () => entries.length,
  };
}

/** The CrazyrouterError a settled call failed with; throws when it succeeded or failed with anything else. */
export function errorOf(outcome: Settled<unknown>): CrazyrouterError {
  if (outcome.status === "fulfilled") throw new Error("expected the call to fail, and it succeeded");
  if (!CrazyrouterError.isInstance(outcome.reason)) throw outcome.reason;
  return outcome.reason;
}
