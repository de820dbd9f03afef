import { listModelsOperation } from "@crazyrouter/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { LISTED_MODELS_MAX, LISTED_MODELS_MAX_BYTES } from "./result-budget.js";
import { runTool } from "./run-tool.js";
import type { ToolContext } from "./tool-context.js";

export const listModelsToolInputSchema = z.strictObject({
  filter: z.string().min(1).optional().describe("Only ids containing this text, case-insensitive (for example claude, embedding or image)."),
});

export const listModelsToolOutputSchema = z.object({
  ids: z.array(z.string()).describe(`Model ids this key may call, sorted; at most ${LISTED_MODELS_MAX} (see truncated).`),
  count: z.number().describe("How many ids are listed here."),
  matched: z.number().describe("How many ids match the filter (all of them without one)."),
  total: z.number().describe("How many ids the key may call before filtering."),
  truncated: z.boolean().describe("Whether more ids matched than are listed; narrow them with filter."),
  request_id: z.string().optional().describe("The gateway's request id, for support."),
});

const encoder = new TextEncoder();

/** The first ids that fit the listing budget: a key may see tens of thousands, and a result must stay small. */
function firstIds(ids: readonly string[]): string[] {
  const shown: string[] = [];
  let bytes = 0;
  for (const id of ids) {
    bytes += encoder.encode(id).byteLength + 1;
    if (shown.length >= LISTED_MODELS_MAX || bytes > LISTED_MODELS_MAX_BYTES) break;
    shown.push(id);
  }
  return shown;
}

const count = (value: number) => value.toLocaleString("en-US");

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
      runTool(
        context,
        operation.toolName,
        async () => {
          const client = await context.gateway.client();
          const result = await client.listModels({ signal: extra.signal });
          const needle = input.filter?.toLowerCase();
          const matching = needle === undefined ? result.ids : result.ids.filter((id) => id.toLowerCase().includes(needle));
          const ids = firstIds(matching);
          const truncated = ids.length < matching.length;
          const what = needle === undefined ? "models this key may call" : `models match "${input.filter}"`;
          const heading = truncated
            ? `Showing ${count(ids.length)} of ${count(matching.length)} ${what}${needle === undefined ? "" : ` (${count(result.ids.length)} in all)`}; ` +
              `pass filter (for example claude, embedding or image)${needle === undefined ? "" : " with more text"} to narrow the list:`
            : needle === undefined
              ? `${ids.length} models this key may call:`
              : `${ids.length} of ${result.ids.length} models match "${input.filter}":`;
          return {
            content: [{ type: "text", text: [heading, ...ids].join("\n") }],
            structuredContent: { ids, count: ids.length, matched: matching.length, total: result.ids.length, truncated, request_id: result.meta.requestId },
          };
        },
        "Pass filter to list fewer models.",
      ),
  );
}
