import { z } from "zod";
import type { OperationDefinition } from "./operation-definition.js";

export const DEFAULT_CHAT_MODEL = "gpt-5.4";

/**
 * The largest reply-token limit accepted before sending. The largest published output limits are 128,000
 * tokens (GPT-5, Claude with extended output) and context windows reach about a million; 2^20 is eight times
 * the former and as large as the latter, so no real request is refused, while a typo like 1e9 is caught here
 * instead of as a gateway error (or a huge reservation on the account).
 */
export const MAX_OUTPUT_TOKENS = 1_048_576;

const tokenLimit = (field: string) =>
  z
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be from 1 to ${MAX_OUTPUT_TOKENS}`)
    .max(MAX_OUTPUT_TOKENS, `${field} must be from 1 to ${MAX_OUTPUT_TOKENS}`);

const textPartSchema = z.strictObject({
  type: z.literal("text"),
  text: z.string().describe("The text of this part."),
});

const imagePartSchema = z.strictObject({
  type: z.literal("image_url"),
  image_url: z.strictObject({
    url: z.string().min(1).describe("An https URL or a data: URL of the image."),
    detail: z.enum(["auto", "low", "high"]).optional().describe("How closely the model looks at the image."),
  }),
});

export const chatContentPartSchema = z.discriminatedUnion("type", [textPartSchema, imagePartSchema]);

export const chatToolCallSchema = z.strictObject({
  id: z.string().min(1).describe("Id of the tool call, echoed back by the matching tool message."),
  type: z.literal("function"),
  function: z.strictObject({
    name: z.string().min(1).describe("Name of the function the model called."),
    arguments: z.string().describe("Arguments as a JSON text, exactly as the model produced them."),
  }),
});

export const chatMessageSchema = z
  .strictObject({
    role: z
      .enum(["system", "developer", "user", "assistant", "tool"])
      .describe("Who wrote the message: system or developer (instructions), user, assistant, or tool (a tool result)."),
    // The plain string comes first: platforms without unions (Coze) take the first form.
    content: z
      .union([z.string(), z.array(chatContentPartSchema).min(1)])
      .nullable()
      .optional()
      .describe("The message text. Vision models also accept a list of text and image_url parts."),
    name: z.string().min(1).max(64).optional().describe("Optional name of the author, to tell participants apart."),
    tool_call_id: z.string().min(1).optional().describe("For role tool: the id of the tool call this answers."),
    tool_calls: z.array(chatToolCallSchema).min(1).optional().describe("For role assistant: tool calls it made."),
  })
  .superRefine((message, context) => {
    if (message.role === "tool" && !message.tool_call_id) {
      context.addIssue({ code: "custom", path: ["tool_call_id"], message: "a tool message needs the tool_call_id it answers" });
    }
    const hasContent = message.content !== undefined && message.content !== null;
    if (!hasContent && !(message.role === "assistant" && message.tool_calls)) {
      context.addIssue({ code: "custom", path: ["content"], message: "every message needs content (only an assistant message with tool_calls may omit it)" });
    }
  });

const functionToolSchema = z.strictObject({
  type: z.literal("function"),
  function: z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "use 1-64 letters, digits, _ or -").describe("Function name."),
    description: z.string().optional().describe("What the function does, for the model."),
    parameters: z.record(z.string(), z.unknown()).optional().describe("JSON Schema of the arguments."),
    strict: z.boolean().optional().describe("Ask the model to follow the schema exactly."),
  }),
});

export const chatCompletionRequestSchema = z.strictObject({
  model: z
    .string()
    .trim()
    .min(1)
    .describe(`Model id, for example ${DEFAULT_CHAT_MODEL}, claude-sonnet-4-6 or gemini-3-pro-preview. Use one the key is allowed to call.`),
  messages: z
    .array(chatMessageSchema)
    .min(1)
    .describe("The conversation so far, oldest first: a list of {role, content}. Put instructions in a system message."),
  temperature: z
    .number()
    .min(0)
    .max(2)
    .optional()
    .describe("Sampling temperature: lower is more focused, higher more varied. Leave unset for reasoning models, which reject it."),
  top_p: z.number().min(0).max(1).optional().describe("Nucleus sampling: only the tokens within this probability mass are considered."),
  max_tokens: tokenLimit("max_tokens")
    .optional()
    .describe("Upper bound on tokens in the reply. Older models read this one."),
  max_completion_tokens: tokenLimit("max_completion_tokens")
    .optional()
    .describe("Upper bound on tokens in the reply including reasoning tokens. Reasoning models read this one."),
  stop: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(4)])
    .optional()
    .describe("Up to 4 sequences where the model stops writing."),
  n: z.int().min(1).max(8).optional().describe("How many alternative replies to generate; each costs tokens."),
  presence_penalty: z.number().min(-2).max(2).optional().describe("Positive values push the model towards new topics."),
  frequency_penalty: z.number().min(-2).max(2).optional().describe("Positive values discourage repeating the same words."),
  seed: z.int().optional().describe("Ask for repeatable sampling where the model supports it."),
  response_format: z
    .strictObject({
      type: z.enum(["text", "json_object", "json_schema"]).describe("text, json_object (any JSON) or json_schema."),
      json_schema: z
        .strictObject({
          name: z.string().min(1),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().optional(),
        })
        .optional()
        .describe("The schema to follow when type is json_schema."),
    })
    .optional()
    .describe("Force the reply format. With json_object, also ask for JSON in a message."),
  tools: z.array(functionToolSchema).min(1).max(128).optional().describe("Functions the model may call."),
  tool_choice: z
    .union([
      z.enum(["none", "auto", "required"]),
      z.strictObject({ type: z.literal("function"), function: z.strictObject({ name: z.string().min(1) }) }),
    ])
    .optional()
    .describe("Whether and which function the model must call."),
  parallel_tool_calls: z.boolean().optional().describe("Allow several tool calls in one reply."),
  reasoning_effort: z
    .enum(["minimal", "low", "medium", "high"])
    .optional()
    .describe("How long reasoning models think before answering."),
  user: z.string().min(1).optional().describe("A stable id of your end user, for abuse monitoring."),
  stream: z.boolean().optional().describe("Stream the reply as server-sent events."),
  stream_options: z
    .strictObject({ include_usage: z.boolean().optional() })
    .optional()
    .describe("With stream: include_usage adds a final chunk carrying token usage."),
});

export type ChatCompletionRequest = z.input<typeof chatCompletionRequestSchema>;
export type ChatMessage = z.input<typeof chatMessageSchema>;

export const usageSchema = z
  .looseObject({
    prompt_tokens: z.number().optional().describe("Tokens in the request."),
    completion_tokens: z.number().optional().describe("Tokens in the reply."),
    total_tokens: z.number().optional().describe("Tokens billed in all."),
  })
  .describe("Token counts of this call.");

const responseToolCallSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string().optional(),
  function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
});

export const chatCompletionResponseSchema = z.looseObject({
  id: z.string().optional().describe("Id of this completion."),
  model: z.string().optional().describe("The model that answered."),
  choices: z
    .array(
      z.looseObject({
        index: z.number().optional(),
        message: z.looseObject({
          role: z.string().optional().describe("Always assistant."),
          content: z.string().nullable().optional().describe("The reply text."),
          reasoning_content: z.string().nullable().optional().describe("The model's reasoning, from models that share it."),
          tool_calls: z.array(responseToolCallSchema).nullable().optional().describe("Functions the model wants called."),
        }),
        finish_reason: z
          .string()
          .nullable()
          .optional()
          .describe("Why the reply ended: stop (complete), length (hit the token limit), tool_calls or content_filter."),
      }),
    )
    .min(1)
    .describe("The replies; one unless n was set."),
  usage: usageSchema.nullable().optional(),
});

export type ChatCompletionResponse = z.output<typeof chatCompletionResponseSchema>;

export const chatCompletionChunkSchema = z.looseObject({
  id: z.string().optional(),
  model: z.string().optional(),
  choices: z
    .array(
      z.looseObject({
        index: z.number().optional(),
        delta: z
          .looseObject({
            role: z.string().nullable().optional(),
            content: z.string().nullable().optional(),
            reasoning_content: z.string().nullable().optional(),
            tool_calls: z
              .array(
                z.looseObject({
                  index: z.number().optional(),
                  id: z.string().optional(),
                  type: z.string().optional(),
                  function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
                }),
              )
              .nullable()
              .optional(),
          })
          .optional(),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .optional()
    .default([]),
  usage: usageSchema.nullable().optional(),
});

export type ChatCompletionChunk = z.output<typeof chatCompletionChunkSchema>;

export const chatCompletionsOperation = {
  id: "chat_completions",
  toolName: "crazyrouter_chat",
  title: "Chat completion",
  method: "POST",
  path: "/chat/completions",
  summary:
    "Ask a Crazyrouter chat model (GPT, Claude, Gemini and more behind one key) to answer a conversation. " +
    "Use it to get a second opinion from another model, draft or rewrite text, translate, summarise or reason over given text. " +
    "Send messages as a list of {role, content}; the reply text is in choices[0].message.content.",
  request: chatCompletionRequestSchema,
  response: chatCompletionResponseSchema,
  streamingFields: ["stream", "stream_options"],
  slow: false,
} as const satisfies OperationDefinition;
