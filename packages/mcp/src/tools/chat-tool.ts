import { CrazyrouterError, type ChatMessage, chatCompletionsOperation, FIX_HINTS } from "@crazyrouter/core";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { formatBytes } from "../images/format-bytes.js";
import { appendDescription } from "./append-description.js";
import { clipUtf8 } from "./clip-text.js";
import { memoizeByKey } from "./memoize-by-key.js";
import { CHAT_TEXT_MAX_BYTES } from "./result-budget.js";
import { runTool } from "./run-tool.js";
import type { ToolContext } from "./tool-context.js";

const fields = chatCompletionsOperation.request.shape;

/** The chat tool's arguments: the core's fields plus `prompt`/`system` shortcuts a model fills in easily. */
function buildChatToolInputSchema(defaultModel: string) {
  return z.strictObject({
    prompt: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The question or instruction to send as the user's message. Use this, or messages for a whole conversation; with both, prompt is added as the last user message.",
      ),
    system: z.string().min(1).optional().describe("Optional instructions for the model, sent first as a system message."),
    messages: fields.messages.optional(),
    model: appendDescription(fields.model, `Default: ${defaultModel}.`).optional(),
    temperature: fields.temperature,
    max_tokens: fields.max_tokens,
  });
}

/** The tool's arguments for a configured default model (built once per model). */
export const chatToolInputSchema = memoizeByKey(buildChatToolInputSchema);

export const chatToolOutputSchema = z.object({
  text: z.string().describe("The answer text (also the first text block)."),
  model: z.string().optional().describe("The model that answered."),
  finish_reason: z.string().optional().describe("Why the model stopped: stop, length, content_filter, ..."),
  usage: z
    .object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional(), total_tokens: z.number().optional() })
    .optional()
    .describe("Tokens used."),
  request_id: z.string().optional().describe("The gateway's request id, for support."),
  warnings: z.array(z.string()).optional().describe("Settings left out because the model refuses them (e.g. temperature for reasoning models)."),
  truncated: z.boolean().optional().describe("Set when the reply was too long for one MCP result and text holds only its start."),
});

type ChatToolInput = z.output<ReturnType<typeof chatToolInputSchema>>;

function buildMessages(input: ChatToolInput): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (input.system !== undefined) messages.push({ role: "system", content: input.system });
  messages.push(...(input.messages ?? []));
  if (input.prompt !== undefined) messages.push({ role: "user", content: input.prompt });
  if (input.prompt === undefined && (input.messages ?? []).length === 0) {
    throw new CrazyrouterError({ code: "invalid_input", field: "prompt", message: "Give a prompt or a list of messages.", hint: FIX_HINTS.invalid_input });
  }
  return messages;
}

export function registerChatTool(server: McpServer, context: ToolContext): void {
  const operation = chatCompletionsOperation;
  server.registerTool(
    operation.toolName,
    {
      title: operation.title,
      // The core's summary speaks of the raw API; this tool hands back the reply text itself.
      description: `${operation.summary} This tool returns the reply text directly.`,
      inputSchema: chatToolInputSchema(context.config.chatModel),
      outputSchema: chatToolOutputSchema,
      annotations: { title: operation.title, readOnlyHint: true, openWorldHint: true },
    },
    (input, extra) =>
      runTool(
        context,
        operation.toolName,
        async () => {
          const messages = buildMessages(input);
          const client = await context.gateway.client();
          const answer = await client.chat(
            { model: input.model ?? context.config.chatModel, messages, temperature: input.temperature, max_tokens: input.max_tokens },
            { signal: extra.signal },
          );
          const structured: z.output<typeof chatToolOutputSchema> = {
            text: answer.text,
            model: answer.model ?? answer.meta.model,
            finish_reason: answer.finishReason,
            usage: answer.usage,
            request_id: answer.meta.requestId,
            ...(answer.warnings.length > 0 ? { warnings: answer.warnings.map((warning) => warning.message) } : {}),
          };
          const clipped = clipUtf8(answer.text, CHAT_TEXT_MAX_BYTES);
          if (clipped.cut) {
            structured.text = clipped.text;
            structured.truncated = true;
          }
          const cutNote = clipped.cut
            ? `\n\n[Reply cut: it is ${formatBytes(clipped.bytes)}, and MCP results must stay under 1 MiB, so only its first ${formatBytes(CHAT_TEXT_MAX_BYTES)} are shown. Ask for a shorter reply, or set max_tokens.]`
            : "";
          // Some clients show the model only the first text block: it must be the answer itself.
          const text = answer.text === "" ? `(The model returned no text; finish_reason: ${answer.finishReason ?? "unknown"}.)` : clipped.text + cutNote;
          return { content: [{ type: "text", text }], structuredContent: structured };
        },
        "Ask for a shorter reply, or set max_tokens.",
      ),
  );
}
