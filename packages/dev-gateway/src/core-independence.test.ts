import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";

/**
 * The dev gateway is the oracle the platforms are tested against, so it may not share core's request schemas,
 * routes or model facts (issue 16): it would agree with every mistake in them. What it may take from core is
 * the one loopback rule every local server shares (issue 14).
 */
const ALLOWED_FROM_CORE = ["checkLoopbackRequest", "isLoopbackHost"];

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return Promise.resolve(entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : []);
    }),
  );
  return nested.flat();
}

test("the dev gateway imports nothing from @crazyrouter/core but the loopback rule", async () => {
  const imported: string[] = [];
  for (const file of await sourceFiles(import.meta.dirname)) {
    const text = await readFile(file, "utf8");
    for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+"@crazyrouter\/core[^"]*"/g)) {
      imported.push(
        ...match[2]!
          .split(",")
          .map((name) => name.replace(/^\s*type\s+/, "").trim())
          .filter(Boolean),
      );
    }
    expect(text, file).not.toMatch(/import\s+\*\s+as\s+\w+\s+from\s+"@crazyrouter\/core/);
  }
  expect([...new Set(imported)].sort()).toEqual(ALLOWED_FROM_CORE);
});
