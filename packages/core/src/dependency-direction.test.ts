import { glob, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Dependencies inside the core run one way: the client (retry loop, call scope, create-client) is built on
// the rest (errors, http, streaming, results, ...) and nothing below it reaches back up. A module that needs
// something of the client's declares the shape it needs (as streaming's StreamScope does).
const sourceDirectory = new URL(".", import.meta.url).pathname;
const importPattern = /\bfrom\s+["'](\.[^"']+)["']/g;

describe("the core's internal dependencies", () => {
  it("never point from a lower layer back up into client/", async () => {
    const offenders: string[] = [];
    for await (const file of glob("*/**/*.ts", { cwd: sourceDirectory })) {
      if (file.endsWith(".test.ts") || file.startsWith("client/") || file.startsWith("testing/")) continue;
      const text = await readFile(path.join(sourceDirectory, file), "utf8");
      for (const [, specifier] of text.matchAll(importPattern)) {
        const target = path.relative(sourceDirectory, path.resolve(sourceDirectory, path.dirname(file), specifier as string));
        if (target.startsWith("client/")) offenders.push(`${file} -> ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
