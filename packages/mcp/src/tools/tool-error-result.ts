import { CrazyrouterError, redactSecrets } from "@crazyrouter/core";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** Turns any failure into an `isError` result carrying the core's one-line description and fix hint. */
export function toolErrorResult(error: unknown, secrets: readonly string[]): CallToolResult {
  const text = CrazyrouterError.isInstance(error)
    ? error.describe()
    : `Unexpected error in the Crazyrouter MCP server: ${error instanceof Error ? error.message : String(error)}`;
  return { isError: true, content: [{ type: "text", text: redactSecrets(text, secrets) }] };
}
