import { describe, expect, it } from "vitest";
import { mapWithConcurrency } from "./map-with-concurrency.js";

/** A task that finishes only when the test says so, so the order of events is the test's, not the clock's. */
function gate() {
  const waiting = new Map<number, () => void>();
  let notify: (() => void) | undefined;
  return {
    waiting,
    task: (index: number) =>
      new Promise<number>((resolve) => {
        waiting.set(index, () => resolve(index * 10));
        notify?.();
      }),
    /** Resolves once `count` tasks are waiting. */
    until: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (waiting.size >= count ? resolve() : (notify = check));
        check();
      }),
    release(index: number) {
      waiting.get(index)?.();
      waiting.delete(index);
    },
  };
}

describe("mapWithConcurrency", () => {
  it("never has more tasks in flight than the limit, and keeps the input order whatever order they finish in", async () => {
    const tasks = gate();
    let started = 0;
    const run = mapWithConcurrency([0, 1, 2, 3, 4], 2, (_item, index) => {
      started += 1;
      return tasks.task(index);
    });
    await tasks.until(2);
    expect(started).toBe(2);
    tasks.release(1);
    await tasks.until(2);
    expect([...tasks.waiting.keys()]).toEqual([0, 2]);
    tasks.release(2);
    await tasks.until(2);
    expect([...tasks.waiting.keys()]).toEqual([0, 3]);
    tasks.release(0);
    await tasks.until(2);
    expect([...tasks.waiting.keys()]).toEqual([3, 4]);
    tasks.release(4);
    tasks.release(3);
    expect(await run).toEqual([0, 10, 20, 30, 40]);
    expect(started).toBe(5);
  });

  it("starts nothing after a failure and throws it", async () => {
    const seen: number[] = [];
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (_item, index) => {
      seen.push(index);
      if (index === 1) throw new Error("item 1 failed");
      return index;
    });
    await expect(run).rejects.toThrow("item 1 failed");
    expect(seen).toEqual([0, 1, 2]);
  });

  it("refuses a limit that is not a positive integer", async () => {
    await expect(mapWithConcurrency([1], 0, async (value) => value)).rejects.toThrow(RangeError);
  });
});
