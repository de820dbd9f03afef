import * as z from "zod";
import { chatMessageSchema } from "./chat-messages.js";
import { chatTextPartSchema } from "./chat-content-parts.js";
import { lazySchema } from "../lazy-schema.js";

export const DEFAULT_CHAT_MODEL = "gpt-5.4";

/**
 * The largest reply-token limit accepted before sending. The largest published output limits are 128,000
 * tokens (GPT-5, Claude with extended output) and context windows reach about a million; 2^20 is eight times
 * the former and as large as the latter, so no real request is refused, while a typo like 1e9 is caught here
 * instead of as a gateway error (or a huge reservation on the account).
 */
export const MAX_OUTPUT_TOKENS = 1_048_576;

/** The API's own bound on alternative replies per request. */
export const MAX_CHAT_CHOICES = 128;

const tokenLimit = (field: string) =>
  z
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be from 1 to ${MAX_OUTPUT_TOKENS}`)
    .max(MAX_OUTPUT_TOKENS, `${field} must be from 1 to ${MAX_OUTPUT_TOKENS}`);

const functionDefinition = lazySchema(() =>
  z.strictObject({
    name: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "use 1-64 letters, digits, _ or -")
      .describe("Function name."),
    description: z.string().optional().describe("What the function does, for the model."),
    parameters: z.record(z.string(), z.unknown()).optional().describe("JSON Schema of the arguments."),
    strict: z.boolean().nullable().optional().describe("Ask the model to follow the schema exactly."),
  }),
);

const functionToolSchema = lazySchema(() => z.strictObject({ type: z.literal("function"), function: functionDefinition() }));

const responseFormatSchema = lazySchema(() =>
  z.discriminatedUnion(
    "type",
    [
      z.strictObject({ type: z.literal("text") }),
      z.strictObject({ type: z.literal("json_object") }),
      z.strictObject({
        type: z.literal("json_schema"),
        json_schema: z
          .strictObject({
            name: z
              .string()
              .regex(/^[A-Za-z0-9_-]{1,64}$/, "use 1-64 letters, digits, _ or -")
              .describe("A name for the schema."),
            description: z.string().optional(),
            // The API's reference lists it as optional, but a json_schema reply format without a schema is refused.
            schema: z.record(z.string(), z.unknown()).describe("The JSON Schema the reply must follow."),
            strict: z.boolean().nullable().optional().describe("Follow the schema exactly (only a subset of JSON Schema is allowed)."),
          })
          .describe("The schema to follow."),
      }),
    ],
    { error: "response_format.type must be text, json_object or json_schema" },
  ),
);

const toolChoiceSchema = lazySchema(() =>
  z.union([z.enum(["none", "auto", "required"]), z.strictObject({ type: z.literal("function"), function: z.strictObject({ name: z.string().min(1) }) })]),
);

/**
 * A Chat Completions request, exact about every field the API documents (OpenAI's Create chat completion
 * reference): types, ranges and enums as the API takes them, so a request we send is one it accepts and one it
 * accepts is never refused here. Fields the client does not know yet go in `extraBody` (see CallOptions).
 */
export const chatCompletionRequestSchema = lazySchema(() =>
  z
    .strictObject({
      model: z
        .string()
        .trim()
        .min(1)
        .describe(`Model id, for example ${DEFAULT_CHAT_MODEL}, claude-sonnet-4-6 or gemini-3-pro-preview. Use one the key is allowed to call.`),
      messages: z
        .array(chatMessageSchema())
        .min(1)
        .describe("The conversation so far, oldest first: a list of {role, content}. Put instructions in a system message."),
      temperature: z
        .number()
        .min(0)
        .max(2)
        .optional()
        .describe("Sampling temperature: lower is more focused, higher more varied. Reasoning models ignore it (it is not sent to them)."),
      top_p: z.number().min(0).max(1).optional().describe("Nucleus sampling: only the tokens within this probability mass are considered."),
      max_tokens: tokenLimit("max_tokens")
        .optional()
        .describe("Upper bound on tokens in the reply. Sent as max_completion_tokens to reasoning models, which refuse this name."),
      max_completion_tokens: tokenLimit("max_completion_tokens")
        .optional()
        .describe("Upper bound on tokens in the reply including reasoning tokens. Set this or max_tokens, not both."),
      stop: z
        .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(4)])
        .optional()
        .describe("Up to 4 sequences where the model stops writing."),
      n: z.int().min(1).max(MAX_CHAT_CHOICES).optional().describe("How many alternative replies to generate; each costs tokens."),
      presence_penalty: z.number().min(-2).max(2).optional().describe("Positive values push the model towards new topics."),
      frequency_penalty: z.number().min(-2).max(2).optional().describe("Positive values discourage repeating the same words."),
      logit_bias: z
        .record(z.string().regex(/^\d+$/, "logit_bias keys are token ids"), z.number().min(-100).max(100))
        .optional()
        .describe("Raise or lower the chance of given token ids, -100 to 100."),
      logprobs: z.boolean().optional().describe("Return the log probabilities of the reply's tokens."),
      top_logprobs: z.int().min(0).max(20).optional().describe("With logprobs: how many likely alternatives to return per token, 0 to 20."),
      seed: z.int().optional().describe("Ask for repeatable sampling where the model supports it."),
      response_format: responseFormatSchema().optional().describe("Force the reply format. With json_object, also ask for JSON in a message."),
      tools: z.array(functionToolSchema()).min(1).max(128).optional().describe("Functions the model may call."),
      tool_choice: toolChoiceSchema().optional().describe("Whether and which function the model must call."),
      parallel_tool_calls: z.boolean().optional().describe("Allow several tool calls in one reply."),
      functions: z.array(functionDefinition()).min(1).max(128).optional().describe("Deprecated form of tools."),
      function_call: z
        .union([z.enum(["none", "auto"]), z.strictObject({ name: z.string().min(1) })])
        .optional()
        .describe("Deprecated form of tool_choice."),
      reasoning_effort: z
        .enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"])
        .optional()
        .describe("How long reasoning models think before answering; models support different levels."),
      verbosity: z.enum(["low", "medium", "high"]).optional().describe("How long the reply should be (GPT-5 models)."),
      modalities: z
        .array(z.enum(["text", "audio"]))
        .min(1)
        .optional()
        .describe("Output types: text, or text and audio (audio models)."),
      audio: z
        .strictObject({
          voice: z.string().min(1).describe("The voice to speak with."),
          format: z.enum(["wav", "aac", "mp3", "flac", "opus", "pcm16"]).describe("The audio encoding."),
        })
        .optional()
        .describe("Audio output settings, with modalities text and audio."),
      prediction: z
        .strictObject({ type: z.literal("content"), content: z.union([z.string(), z.array(chatTextPartSchema()).min(1)]) })
        .optional()
        .describe("Text the reply will largely repeat, to speed it up."),
      web_search_options: z
        .strictObject({
          search_context_size: z.enum(["low", "medium", "high"]).optional(),
          user_location: z
            .strictObject({
              type: z.literal("approximate"),
              approximate: z.strictObject({
                city: z.string().optional(),
                country: z.string().optional(),
                region: z.string().optional(),
                timezone: z.string().optional(),
              }),
            })
            .nullable()
            .optional(),
        })
        .optional()
        .describe("Web search settings for search models."),
      store: z.boolean().optional().describe("Keep the completion for evaluation and distillation."),
      metadata: z
        .record(z.string().max(64), z.string().max(512))
        .refine((pairs) => Object.keys(pairs).length <= 16, "metadata holds at most 16 pairs")
        .optional()
        .describe("Up to 16 key-value pairs stored with the completion."),
      service_tier: z.enum(["auto", "default", "flex", "scale", "priority"]).optional().describe("Processing tier, where the model offers tiers."),
      prompt_cache_key: z.string().min(1).optional().describe("Groups similar requests for better prompt caching."),
      safety_identifier: z.string().min(1).max(64).optional().describe("A stable id of your end user, for abuse monitoring."),
      user: z.string().min(1).optional().describe("A stable id of your end user, for abuse monitoring (older name of safety_identifier)."),
      stream: z.boolean().optional().describe("Stream the reply as server-sent events."),
      stream_options: z
        .strictObject({ include_usage: z.boolean().optional(), include_obfuscation: z.boolean().optional() })
        .optional()
        .describe("With stream: include_usage adds a final chunk carrying token usage."),
    })
    .superRefine((request, context) => {
      if (request.max_tokens !== undefined && request.max_completion_tokens !== undefined) {
        context.addIssue({
          code: "custom",
          path: ["max_completion_tokens"],
          message: "set max_tokens or max_completion_tokens, not both (max_completion_tokens is the newer name)",
        });
      }
      if (request.top_logprobs !== undefined && request.logprobs !== true) {
        context.addIssue({ code: "custom", path: ["top_logprobs"], message: "top_logprobs needs logprobs: true" });
      }
    }),
);

export type ChatCompletionRequest = z.input<ReturnType<typeof chatCompletionRequestSchema>>;
/** A request as it is sent: validated, with the canonical adjustments applied (see buildChatRequest). */
export type CanonicalChatRequest = z.output<ReturnType<typeof chatCompletionRequestSchema>>;
