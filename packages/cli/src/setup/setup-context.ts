import type { NormalizedBaseUrl, Region } from "@crazyrouter/core";
import type { DifyArtifacts } from "./dify-artifacts.js";
import type { KeyDisplay } from "./key-display.js";
import type { McpFiles } from "./mcp-files.js";
import type { ModelList } from "./model-list.js";

/** What every client's config is built from. */
export interface SetupContext {
  /** The configured base URL, normalised once; clients format it with the core's formatBaseUrlForClient. */
  normalized: NormalizedBaseUrl;
  /** The public route the base URL is, if it is one (Coze and n8n offer presets per route). */
  region: Region | undefined;
  key: KeyDisplay;
  /** Live or baseline; only read by clients that say `usesModelList`. */
  models: ModelList;
  /** The model configs default to (--model, else the core's default chat model). */
  chatModel: string;
  /** Only for dify: the packages under artifacts/dify, their signing state, and the plugin's credential form. */
  dify: DifyArtifacts | undefined;
  /** The MCP server's files for installs without npm, found under artifacts/mcp. */
  mcpFiles: McpFiles;
}
