import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderCozeSpecFiles } from "./spec/render-coze-spec-files.js";

// The specs users import are committed under openapi/; they must be exactly what the generator makes from today's core.
const openapiDir = fileURLToPath(new URL("../../../openapi/", import.meta.url));
const FIX = "openapi/ is out of date with the core: run `pnpm generate` and commit the result.";

describe("committed Coze specs", () => {
  const files = renderCozeSpecFiles();

  it.each(files)("openapi/$fileName matches the generator", async ({ fileName, contents }) => {
    const committed = await readFile(`${openapiDir}${fileName}`, "utf8").catch(() => undefined);
    expect(committed, `openapi/${fileName} is missing. ${FIX}`).toBeDefined();
    expect(committed === contents, `openapi/${fileName} differs from the generated spec. ${FIX}`).toBe(true);
  });

  it("openapi/ holds no stale spec the generator no longer makes", async () => {
    const present = (await readdir(openapiDir)).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
    expect(present, FIX).toEqual(files.map((file) => file.fileName).sort());
  });
});
