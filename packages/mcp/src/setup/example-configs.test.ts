import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { z } from "zod";
import { PACKAGE_DIR } from "../test-support/ensure-built.js";
import { cherryStudioConfig } from "./cherry-studio-config.js";
import { cherryStudioInstallLink } from "./cherry-studio-install-link.js";
import { mcpServersConfig } from "./mcp-servers-config.js";
import { MCP_PACKAGE_NAME } from "./stdio-launch.js";

const EXAMPLES_DIR = join(PACKAGE_DIR, "..", "..", "examples");
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(EXAMPLES_DIR, file), "utf8"));

const env = z.record(z.string().regex(/^CRAZYROUTER_[A-Z_]+$/), z.string());

// The keys Cherry Studio's import accepts (a strict schema in its source); anything else fails the import.
const cherryServer = z.strictObject({
  id: z.string().optional(),
  name: z.string().optional(),
  type: z.enum(["stdio", "sse", "streamableHttp"]).optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  baseUrl: z.string().optional(),
  command: z.string().optional(),
  args: z.array(z.string()).optional(),
  env: env.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  longRunning: z.boolean().optional(),
  timeout: z.number().optional(),
  isActive: z.boolean().optional(),
});
const cherryConfig = z.strictObject({ mcpServers: z.record(z.string(), cherryServer) });

// Claude Desktop and Cursor: command, args, env per server.
const desktopConfig = z.strictObject({
  mcpServers: z.record(z.string(), z.strictObject({ command: z.string(), args: z.array(z.string()), env })),
});

it("cherry-studio.json is a valid Cherry Studio import that runs the npx package, long-running", () => {
  const config = cherryConfig.parse(readJson("cherry-studio/cherry-studio.json"));
  const server = config.mcpServers.crazyrouter!;
  expect(server).toMatchObject({ type: "stdio", command: "npx", args: ["-y", MCP_PACKAGE_NAME], longRunning: true });
  expect(Object.keys(server.env ?? {})).toContain("CRAZYROUTER_API_KEY");
  expect(config).toEqual(cherryStudioConfig());
});

it("claude-desktop.json and cursor-mcp.json use the shared mcpServers shape", () => {
  for (const file of ["claude-desktop/claude-desktop.json", "cursor/cursor-mcp.json"]) {
    const config = desktopConfig.parse(readJson(file));
    expect(config).toEqual(mcpServersConfig());
  }
});

it("the README's install link decodes to cherry-studio.json without any key: the README says where to paste it", () => {
  const readme = readFileSync(join(EXAMPLES_DIR, "cherry-studio", "README.md"), "utf8");
  const link = /cherrystudio:\/\/mcp\/install\?servers=[A-Za-z0-9%]+/.exec(readme)?.[0];
  expect(link).toBe(cherryStudioInstallLink(cherryStudioConfig({ apiKey: null })));
  const decoded = JSON.parse(Buffer.from(decodeURIComponent(link!.split("servers=")[1]!), "base64").toString("utf8")) as {
    mcpServers: { crazyrouter: { env: object } };
  };
  expect(decoded.mcpServers.crazyrouter.env).toEqual({});
  expect(readme).toContain("paste your key into its **Environment Variables** box");
});
