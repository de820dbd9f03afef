import { describe, expect, it } from "vitest";
import { mapWithConcurrency, splitIntoBatches } from "./split-into-batches.js";

describe("splitIntoBatches", () => {
  it("keeps order and bounds size", () => {
    expect(splitIntoBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoBatches([], 3)).toEqual([]);
    expect(() => splitIntoBatches([1], 0)).toThrow(RangeError);
  });
});

describe("mapWithConcurrency", () => {
  it("never exceeds the limit and returns results in input order", async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapWithConcurrency([30, 10, 20, 0, 5], 2, async (value) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return value * 2;
    });
    expect(results).toEqual([60, 20, 40, 0, 10]);
    expect(peak).toBe(2);
  });
});
