import { listModelsOperation } from "@crazyrouter/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { runTool } from "./run-tool.js";
import type { ToolContext } from "./tool-context.js";

export const listModelsToolInputSchema = z.strictObject({
  filter: z.string().min(1).optional().describe("Only ids containing this text, case-insensitive (for example claude, embedding or image)."),
});

export const listModelsToolOutputSchema = z.object({
  ids: z.array(z.string()).describe("Model ids this key may call, sorted."),
  count: z.number().describe("How many ids are listed."),
  total: z.number().describe("How many ids the key may call before filtering."),
  request_id: z.string().optional().describe("The gateway's request id, for support."),
});

export function registerListModelsTool(server: McpServer, context: ToolContext): void {
  const operation = listModelsOperation;
  server.registerTool(
    operation.toolName,
    {
      title: operation.title,
      description: operation.summary,
      inputSchema: listModelsToolInputSchema,
      outputSchema: listModelsToolOutputSchema,
      annotations: { title: operation.title, readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    },
    (input, extra) =>
      runTool(context, operation.toolName, async () => {
        const client = await context.gateway.client();
        const result = await client.listModels({ signal: extra.signal });
        const needle = input.filter?.toLowerCase();
        const ids = needle === undefined ? result.ids : result.ids.filter((id) => id.toLowerCase().includes(needle));
        const heading = needle === undefined ? `${ids.length} models this key may call:` : `${ids.length} of ${result.ids.length} models match "${input.filter}":`;
        return {
          content: [{ type: "text", text: [heading, ...ids].join("\n") }],
          structuredContent: { ids, count: ids.length, total: result.ids.length, request_id: result.meta.requestId },
        };
      }),
  );
}
