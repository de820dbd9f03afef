import { CrazyrouterError } from "@crazyrouter/core";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { ToolContext } from "./tool-context.js";
import { redactResult } from "./redact-result.js";
import { toolErrorResult } from "./tool-error-result.js";

/**
 * Runs a tool body and answers errors as `isError` results rather than JSON-RPC errors, so the model sees
 * the fix hint and can act on it (pick another model, tell the user to set the key).
 */
export async function runTool(context: ToolContext, toolName: string, body: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return redactResult(await body(), context.gateway.secrets);
  } catch (error) {
    const result = toolErrorResult(error, context.gateway.secrets);
    const firstBlock = result.content[0];
    const summary = firstBlock?.type === "text" ? firstBlock.text : "";
    if (CrazyrouterError.isInstance(error) && error.code === "aborted") context.logger.info(`${toolName}: cancelled`);
    else context.logger.warn(`${toolName} failed: ${summary}`);
    return result;
  }
}
