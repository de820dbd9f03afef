import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, expect, it } from "vitest";
import { TOOL_NAMES } from "./server/tool-names.js";
import { BUILT_BIN, ensureBuilt } from "./test-support/ensure-built.js";

// The MCP Inspector's own CLI, a third-party client, drives the built bin exactly as a user would.
const inspectorPackage = createRequire(import.meta.url).resolve("@modelcontextprotocol/inspector/package.json");
const INSPECTOR = join(dirname(inspectorPackage), "clients", "launcher", "build", "index.js");

let gateway: DevGateway;
beforeAll(async () => {
  ensureBuilt();
  gateway = await startDevGateway();
}, 120_000);
afterAll(() => gateway.close());

function inspect(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(join(tmpdir(), "inspector-home-"));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [INSPECTOR, "--cli", ...args],
      // A private HOME and catalog: the Inspector may write its catalog file, never into the user's.
      { env: { PATH: process.env.PATH ?? "", HOME: home, MCP_CATALOG_PATH: join(home, "mcp.json") }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

it("lists the tools, with no schema portability problems under --strict", async () => {
  const run = await inspect(["node", BUILT_BIN, "--method", "tools/list", "--strict"]);
  expect(run.code, run.stderr).toBe(0);
  const listed = JSON.parse(run.stdout) as { tools: Array<{ name: string }> };
  expect(listed.tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
}, 40_000);

it("calls crazyrouter_chat with --tool-arg against the dev gateway", async () => {
  const env = ["-e", `CRAZYROUTER_API_KEY=${gateway.apiKey}`, "-e", `CRAZYROUTER_BASE_URL=${gateway.baseUrl}`];
  const run = await inspect([
    ...env,
    "node",
    BUILT_BIN,
    "--method",
    "tools/call",
    "--tool-name",
    "crazyrouter_chat",
    "--tool-arg",
    "prompt=Reply only OK",
    "--tool-arg",
    "model=claude-sonnet-4-6",
    "--tool-arg",
    "max_tokens=5",
  ]);
  expect(run.code, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as { content: Array<{ type: string; text: string }>; structuredContent: { text: string } };
  expect(result.content[0]).toEqual({ type: "text", text: "OK" });
  expect(result.structuredContent.text).toBe("OK");
  expect(gateway.requests.at(-1)?.body).toEqual({ model: "claude-sonnet-4-6", messages: [{ role: "user", content: "Reply only OK" }], max_tokens: 5 });
}, 40_000);

it("reports a missing key as a tool error the Inspector recognises", async () => {
  const run = await inspect(["node", BUILT_BIN, "--method", "tools/call", "--tool-name", "crazyrouter_list_models"]);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toContain("CRAZYROUTER_API_KEY");
}, 40_000);
