import { formatBaseUrlForClient } from "@crazyrouter/core";
import { MCP_BUNDLE_FILE, MCPB_FILE, mcpServersConfig } from "@crazyrouter/mcp";
import { mcpLaunchOptions } from "./mcp-launch-options.js";
import type { SetupContext } from "./setup-context.js";

/** The files `crazyrouter generate` writes into artifacts/mcp/ for installs without npm, as absolute paths. */
export interface McpFiles {
  bundle: string | undefined;
  mcpb: string | undefined;
}

/** Where the single-file server is, or a placeholder that says to put it somewhere. */
export function bundlePathOrPlaceholder(context: SetupContext): string {
  return context.mcpFiles.bundle ?? `/path/to/${MCP_BUNDLE_FILE}`;
}

/** Where the files come from when they are not generated yet. */
export function mcpFilesSource(context: SetupContext): string[] {
  if (context.mcpFiles.bundle && context.mcpFiles.mcpb) return [];
  return [
    `(${MCP_BUNDLE_FILE} and ${MCPB_FILE} are not under artifacts/mcp/ yet: run \`crazyrouter generate\`, or download them from the project's release page.)`,
  ];
}

/**
 * The `mcpServers` JSON that starts the single-file server with `node` instead of `npx`: nothing is fetched from
 * the npm registry, and the file works offline.
 */
export function bundleServersJson(context: SetupContext): string {
  return JSON.stringify(mcpServersConfig({ ...mcpLaunchOptions(context), bundlePath: bundlePathOrPlaceholder(context) }), null, 2);
}

/** The base URL to enter in the bundle's install settings. */
export function bundleBaseUrl(context: SetupContext): string {
  return formatBaseUrlForClient(context.normalized, "mcp");
}
