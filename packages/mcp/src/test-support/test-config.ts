import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import { TOOL_NAMES } from "../server/tool-names.js";

/** A full config pointing at a dev gateway, with a fresh output folder per call. */
export function testConfig(gateway: { baseUrl: string; apiKey: string }, overrides: Partial<McpServerConfig> = {}): McpServerConfig {
  return {
    apiKey: gateway.apiKey,
    baseUrl: gateway.baseUrl,
    chatModel: "gpt-5.4",
    embeddingModel: "text-embedding-3-small",
    imageModel: "gpt-image-2",
    timeoutMs: 20_000,
    outputDir: mkdtempSync(join(tmpdir(), "crazyrouter-mcp-test-")),
    inlineImageMaxBytes: 512 * 1024,
    tools: TOOL_NAMES,
    extraHeaders: undefined,
    http: undefined,
    ...overrides,
  };
}
