import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { lazyZodPlugin } from "./lazy-zod-plugin.js";

// The plugin reads which zod names the sources use and resolves zod beside them: a source folder of one file,
// with the core's zod installed next to it.
const coreModules = fileURLToPath(new URL("../../core/node_modules", import.meta.url));
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function sourcesUsing(code: string): string {
  const project = mkdtempSync(path.join(tmpdir(), "lazy-zod-"));
  folders.push(project);
  symlinkSync(coreModules, path.join(project, "node_modules"), "dir");
  writeFileSync(path.join(project, "package.json"), "{}");
  mkdirSync(path.join(project, "src"));
  writeFileSync(path.join(project, "src", "schema.ts"), `import * as z from "zod";\n${code}\n`);
  return path.join(project, "src");
}

describe("lazy-zod plugin", () => {
  it("serves zod's factory functions, reserved words among them", () => {
    const sources = sourcesUsing('export const mode = z.enum(["a", "b"]);\nexport const item = z.object({ name: z.string() });');
    expect(lazyZodPlugin([sources]).name).toBe("lazy-zod");
  });

  // A forwarder is a function that calls zod's: `error instanceof z.ZodError` would test against the forwarder.
  it("refuses a zod class read as a value, which a forwarder cannot stand in for", () => {
    const sources = sourcesUsing("export const isZodError = (error: unknown) => error instanceof z.ZodError;");
    expect(() => lazyZodPlugin([sources])).toThrow("only zod's factory functions can be forwarded, not z.ZodError");
  });

  it("refuses a name zod does not export", () => {
    const sources = sourcesUsing("export const value = z.strang();");
    expect(() => lazyZodPlugin([sources])).toThrow("zod has no export named strang");
  });
});
