import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { MCP_BUNDLE_FILE, MCPB_FILE, SERVER_INFO, TOOL_NAMES } from "@crazyrouter/mcp";
import { cherryStudioLaunch, claudeDesktopLaunch, exerciseServer, runMcpb, unpackAndValidateMcpb } from "@crazyrouter/mcp/testing";
import { THIRD_PARTY_NOTICES_FILE } from "@crazyrouter/third-party-notices";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMcp } from "./generate-mcp.js";

const require = createRequire(import.meta.url);
let workDir: string;
let files: string[];
let gateway: DevGateway;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "crazyrouter-generate-mcp-"));
  files = await generateMcp(join(workDir, "mcp"));
  gateway = await startDevGateway();
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const mcpbFile = () => files.find((file) => file.endsWith(".mcpb"))!;

describe("generate, MCP part", () => {
  it("writes the npm tarball, the single-file server and the MCP Bundle", () => {
    expect(files.map((file) => basename(file))).toEqual([`crazyrouter-mcp-${SERVER_INFO.version}.tgz`, MCP_BUNDLE_FILE, THIRD_PARTY_NOTICES_FILE, MCPB_FILE]);
  });

  it("puts the single file's third-party notices, as its build wrote them, beside it and inside the MCP Bundle", () => {
    // The build's notices are checked against the bundler's metafile (packages/release/src/third-party-notices.test.ts).
    const built = readFileSync(join(dirname(require.resolve("@crazyrouter/mcp/package.json")), "dist-standalone", THIRD_PARTY_NOTICES_FILE), "utf8");
    expect(built).toMatch(/^## @modelcontextprotocol\/sdk@/m);
    expect(readFileSync(join(workDir, "mcp", THIRD_PARTY_NOTICES_FILE), "utf8")).toBe(built);
    const { folder } = unpackAndValidateMcpb(mcpbFile());
    expect(readFileSync(join(folder, THIRD_PARTY_NOTICES_FILE), "utf8")).toBe(built);
  });

  it("makes a bundle the official mcpb tool validates, with the key as a required, sensitive setting", () => {
    const { manifest, validation } = unpackAndValidateMcpb(mcpbFile());
    expect(validation).toMatch(/Manifest schema validation passes/);
    expect(runMcpb(["info", mcpbFile()])).toMatch(/File: .*crazyrouter-mcp\.mcpb/);
    expect(manifest).toMatchObject({ name: "crazyrouter", version: SERVER_INFO.version, server: { type: "node", entry_point: `server/${MCP_BUNDLE_FILE}` } });
    expect(manifest.user_config.api_key).toMatchObject({ type: "string", required: true, sensitive: true });
    expect(manifest.user_config.base_url).toMatchObject({ type: "string", required: false, default: "https://crazyrouter.com/v1" });
    expect(manifest.tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
  });

  it("runs as Claude Desktop starts it: the settings from its install dialog reach the server", { timeout: 60_000 }, async () => {
    const { folder, manifest } = unpackAndValidateMcpb(mcpbFile());
    // Without the key Claude Desktop does not start the server; it asks for the key.
    expect(await claudeDesktopLaunch(folder, manifest, {})).toBeUndefined();
    const launch = await claudeDesktopLaunch(folder, manifest, { api_key: gateway.apiKey, base_url: gateway.baseUrl });
    const run = await exerciseServer(launch!);
    expect(run.tools).toEqual([...TOOL_NAMES]);
    expect(run.failed, JSON.stringify(run.texts)).toEqual([]);
    expect(run.texts.crazyrouter_chat).toBe("OK");
  });

  it("runs as Cherry Studio starts an imported bundle: settings unfilled, the key from the server's environment", { timeout: 60_000 }, async () => {
    const { folder, manifest } = unpackAndValidateMcpb(mcpbFile());
    // Cherry Studio copies the manifest's env into the server's environment on import; the user adds the key there.
    const userEnv = { ...manifest.server.mcp_config.env, CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl };
    const run = await exerciseServer(cherryStudioLaunch(folder, manifest, userEnv));
    expect(run.failed, JSON.stringify(run.texts)).toEqual([]);
    expect(run.texts.crazyrouter_chat).toBe("OK");
    // Before the key is added, calls say how to add it, in Cherry Studio's own words.
    const keyless = await exerciseServer(cherryStudioLaunch(folder, manifest, { ...manifest.server.mcp_config.env }));
    expect(keyless.tools).toEqual([...TOOL_NAMES]);
    expect(keyless.texts.crazyrouter_chat).toMatch(/No Crazyrouter API key is set[\s\S]*Cherry Studio: Settings > MCP Servers/);
  });
});
