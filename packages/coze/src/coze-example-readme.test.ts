/**
 * examples/coze/README.md, checked against the runtime simulator: the Debug input it shows gives the answer it shows,
 * and its table of defaults is what Coze sends when the bot's model leaves those inputs out.
 */
import { readFileSync } from "node:fs";
import { startDevGateway, type DevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CozeSchema } from "./runtime/coze-schema.js";
import type { StoredPluginDocument } from "./runtime/index.js";
import { generatedStoredSpec } from "./testing/coze-documents.js";
import { runAgainstDevGateway } from "./testing/coze-tool-runner.js";

const readme = readFileSync(new URL("../../../examples/coze/README.md", import.meta.url), "utf8");

/** The fenced block that follows a `<!-- marker -->` comment. */
function blockAfter(marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`no json block after <!-- ${marker} --> in examples/coze/README.md`);
  return match[1];
}

function defaultsTable(): Array<{ tool: string; input: string; value: string }> {
  const table = readme.split("<!-- coze-defaults -->")[1]?.split("\n\n")[0] ?? "";
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [tool = "", input = "", value = ""] = line
        .split("|")
        .slice(1, 4)
        .map((cell) => cell.trim().replaceAll("`", ""));
      return { tool, input, value };
    });
}

let gateway: DevGateway;
let stored: StoredPluginDocument;

beforeAll(async () => {
  gateway = await startDevGateway();
  stored = generatedStoredSpec();
}, 300_000);

afterAll(async () => {
  await gateway?.close();
});

describe("examples/coze/README.md", () => {
  it("shows a Debug input that gives the Debug output it shows", async () => {
    const run = await runAgainstDevGateway(gateway, stored, "crazyrouter_chat", blockAfter("coze-debug-input: crazyrouter_chat"), "debug");
    const shown = JSON.parse(blockAfter("coze-debug-output: crazyrouter_chat"));
    const answer = JSON.parse(run.trimmedResponse);
    expect(answer.id).toMatch(/^chatcmpl-/);
    expect({ ...answer, id: shown.id }).toEqual(shown);
  });

  it("lists every default Coze fills in, and Coze sends exactly those", () => {
    const rows = defaultsTable();
    const declared = Object.values(stored.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        Object.entries(
          (operation.requestBody as { content: Record<string, { schema: CozeSchema }> } | undefined)?.content["application/json"]?.schema.properties ?? {},
        )
          .filter(([, field]) => field.default !== undefined)
          .map(([input, field]) => ({ tool: operation.operationId ?? "", input, value: String(field.default) })),
      ),
    );
    expect(rows).toEqual(expect.arrayContaining(declared));
    expect(rows).toHaveLength(declared.length);
  });
});
