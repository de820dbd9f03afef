import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import * as internal from "./internal.js";
import * as root from "./index.js";

// The root entry is the public API, named one by one; /internal holds the rest. A wholesale `export *`
// would make every new helper public without anyone deciding it.
describe("the core's entries", () => {
  it.each(["index.ts", "internal.ts"])("%s names each export (no export *)", async (file) => {
    const text = await readFile(new URL(`./${file}`, import.meta.url), "utf8");
    expect(text).not.toMatch(/^export \*/m);
  });

  it("export no name twice: a building block is either public or internal", () => {
    expect(Object.keys(internal).filter((name) => name in root)).toEqual([]);
  });
});
