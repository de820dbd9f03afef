import { describe, expect, test } from "vitest";
import { BoundedMap } from "./bounded-map.js";

describe("BoundedMap", () => {
  test("evicts the least recently used entry beyond maxEntries", () => {
    const map = new BoundedMap<string, number>({ maxEntries: 2 });
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
  });

  test("evicts to stay within maxSize but keeps the newest entry", () => {
    const map = new BoundedMap<string, string>({ maxEntries: 10, maxSize: 5, sizeOf: (value) => value.length });
    map.set("a", "xxx");
    map.set("b", "yyy");
    expect(map.get("a")).toBeUndefined();
    map.set("big", "zzzzzzzz");
    expect(map.get("big")).toBe("zzzzzzzz");
    expect(map.size).toBe(1);
  });
});
