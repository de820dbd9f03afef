import { formatBaseUrlForClient } from "@crazyrouter/core";
import type { StdioLaunchOptions } from "@crazyrouter/mcp";
import type { SetupContext } from "./setup-context.js";

/**
 * What the MCP package's config builders need: the key as setup shows it, and the `/v1` base written out
 * even when it is the default, so the pasted config says which route it calls.
 */
export function mcpLaunchOptions(context: SetupContext): StdioLaunchOptions {
  return { apiKey: context.key.value, baseUrl: formatBaseUrlForClient(context.normalized, "mcp") };
}
