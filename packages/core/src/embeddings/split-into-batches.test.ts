import { describe, expect, it } from "vitest";
import { splitIntoBatches } from "./split-into-batches.js";

describe("splitIntoBatches", () => {
  it("keeps order and bounds size", () => {
    expect(splitIntoBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitIntoBatches([], 3)).toEqual([]);
    expect(() => splitIntoBatches([1], 0)).toThrow(RangeError);
  });
});
