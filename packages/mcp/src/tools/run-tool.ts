import { CrazyrouterError } from "@crazyrouter/core";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { capToolResult } from "./cap-tool-result.js";
import type { ToolContext } from "./tool-context.js";
import { redactResult } from "./redact-result.js";
import { toolErrorResult } from "./tool-error-result.js";

/**
 * Runs a tool body and answers errors as `isError` results rather than JSON-RPC errors, so the model sees
 * the fix hint and can act on it (pick another model, tell the user to set the key). Every result is held
 * under the result budget; `advice` tells the model how to ask for less when one is not.
 */
export async function runTool(context: ToolContext, toolName: string, body: () => Promise<CallToolResult>, advice = "Ask for less."): Promise<CallToolResult> {
  try {
    const result = capToolResult(redactResult(await body(), context.gateway.secrets), advice);
    if (result.isError) context.logger.warn(`${toolName}: ${(result.content[0] as { text: string }).text}`);
    return result;
  } catch (error) {
    const result = capToolResult(toolErrorResult(error, context.gateway.secrets), advice);
    const firstBlock = result.content[0];
    const summary = firstBlock?.type === "text" ? firstBlock.text : "";
    if (CrazyrouterError.isInstance(error) && error.code === "aborted") context.logger.info(`${toolName}: cancelled`);
    else context.logger.warn(`${toolName} failed: ${summary}`);
    return result;
  }
}
