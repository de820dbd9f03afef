import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVER_INFO } from "./server/server-info.js";
import { TOOL_NAMES } from "./server/tool-names.js";
import { MCP_BUNDLE_FILE } from "./setup/bundle-files.js";
import { BUILT_STANDALONE, ensureBuilt } from "./test-support/ensure-built.js";
import { findBun } from "./test-support/find-bun.js";
import { exerciseServer } from "./testing/exercise-server.js";

let gateway: DevGateway;
/** The single file alone in an empty folder, as a user downloads it: nothing else to import from. */
let bundle: string;

beforeAll(async () => {
  ensureBuilt();
  bundle = join(mkdtempSync(join(tmpdir(), "crazyrouter-mcp-standalone-")), MCP_BUNDLE_FILE);
  copyFileSync(BUILT_STANDALONE, bundle);
  gateway = await startDevGateway();
}, 120_000);
afterAll(() => gateway?.close());

const runtimes = [
  ["node", () => process.execPath],
  // What Cherry Studio starts servers with when the user has no Node.
  ["Bun", findBun],
] as const;

describe.each(runtimes)("the single-file server on %s", (_, runtime) => {
  it("answers --version, lists its tools and runs each of them against the gateway", { timeout: 60_000 }, async () => {
    const command = runtime();
    expect(spawnSync(command, [bundle, "--version"], { encoding: "utf8" }).stdout).toBe(`${SERVER_INFO.version}\n`);
    const run = await exerciseServer({ command, args: [bundle], env: { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl } });
    expect(run.tools).toEqual([...TOOL_NAMES]);
    expect(run.failed, JSON.stringify(run.texts)).toEqual([]);
    expect(run.texts.crazyrouter_chat).toBe("OK");
  });
});
