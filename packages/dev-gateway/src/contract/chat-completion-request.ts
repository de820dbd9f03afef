import { z } from "zod";
import { chatMessageSchema, nameSchema } from "./chat-message.js";
import { textPart } from "./content-parts.js";
import { addContractIssue } from "./contract-issue.js";

/** Any JSON object: JSON Schemas and tool lists the contract passes through without reading. */
const jsonObject = z.record(z.string(), z.unknown());

const functionTool = z.strictObject({
  type: z.literal("function"),
  function: z.strictObject({
    name: nameSchema,
    description: z.string().optional(),
    parameters: jsonObject.optional(),
    strict: z.boolean().nullish(),
  }),
});

const customToolFormat = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text") }),
  z.strictObject({
    type: z.literal("grammar"),
    grammar: z.strictObject({ definition: z.string(), syntax: z.enum(["lark", "regex"]) }),
  }),
]);

const customTool = z.strictObject({
  type: z.literal("custom"),
  custom: z.strictObject({ name: z.string(), description: z.string().optional(), format: customToolFormat.optional() }),
});

const toolChoice = z.union([
  z.enum(["none", "auto", "required"]),
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("function"), function: z.strictObject({ name: z.string() }) }),
    z.strictObject({ type: z.literal("custom"), custom: z.strictObject({ name: z.string() }) }),
    z.strictObject({
      type: z.literal("allowed_tools"),
      allowed_tools: z.strictObject({ mode: z.enum(["auto", "required"]), tools: z.array(jsonObject) }),
    }),
  ]),
]);

const responseFormat = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text") }),
  z.strictObject({ type: z.literal("json_object") }),
  z.strictObject({
    type: z.literal("json_schema"),
    json_schema: z.strictObject({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "expected 1 to 64 letters, digits, '_' or '-'"),
      description: z.string().optional(),
      // The published schema marks `schema` optional; the API refuses a json_schema format without one
      // (issue 16), and a format with nothing to follow is meaningless, so the contract requires it.
      schema: jsonObject,
      strict: z.boolean().nullish(),
    }),
  }),
]);

/** `metadata`: at most 16 pairs, keys up to 64 characters, values strings up to 512. */
const metadata = z.record(z.string().max(64), z.string().max(512)).refine((pairs) => Object.keys(pairs).length <= 16, "expected at most 16 key-value pairs");

/** `logit_bias`: token ids (as JSON object keys) to biases from -100 to 100. */
const logitBias = z.record(z.string().regex(/^\d+$/, "expected a token id"), z.int().min(-100).max(100));

const moderationConfig = z.strictObject({ mode: z.enum(["score", "block"]) }).nullish();

/**
 * The body of `POST /v1/chat/completions`, written from the OpenAI API reference (CreateChatCompletionRequest)
 * and sharing nothing with `@crazyrouter/core`'s schemas, so that a mistake in those shows up as a refused or
 * wrongly accepted request against this gateway.
 *
 * Exact where the API is exact: types, ranges, enums, which content parts each role may send, a json_schema
 * format needing a name and a schema. Every field the reference lists is accepted, including those the dev
 * gateway does not act on (`store`, `metadata`, `service_tier`, `prediction`, `audio`, ...). An unknown
 * top-level field is refused: OpenAI answers 400 "Unrecognized request argument supplied: <field>" for it
 * rather than ignoring it, and so does this contract (z.strictObject), so a client that sends a field the
 * API does not know fails here as it would there.
 */
export const chatCompletionRequestSchema = z
  .strictObject({
    model: z.string().min(1),
    messages: z.array(chatMessageSchema).min(1),
    // Sampling and length.
    temperature: z.number().min(0).max(2).nullish(),
    top_p: z.number().min(0).max(1).nullish(),
    n: z.int().min(1).max(128).nullish(),
    max_tokens: z.int().min(1).nullish(),
    max_completion_tokens: z.int().min(1).nullish(),
    presence_penalty: z.number().min(-2).max(2).nullish(),
    frequency_penalty: z.number().min(-2).max(2).nullish(),
    logit_bias: logitBias.nullish(),
    logprobs: z.boolean().nullish(),
    top_logprobs: z.int().min(0).max(20).nullish(),
    // A 64-bit integer; larger than JavaScript's safe integers, so checked as a whole number in range.
    seed: z
      .number()
      .refine((seed) => Number.isInteger(seed) && Math.abs(seed) <= 2 ** 63, "expected a 64-bit integer")
      .nullish(),
    stop: z.union([z.string(), z.array(z.string()).min(1).max(4)]).nullish(),
    reasoning_effort: z.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]).nullish(),
    verbosity: z.enum(["low", "medium", "high"]).nullish(),
    // Output shape.
    response_format: responseFormat.optional(),
    modalities: z.array(z.enum(["text", "audio"])).nullish(),
    audio: z
      .strictObject({
        voice: z.union([z.string(), z.strictObject({ id: z.string() })]),
        format: z.enum(["wav", "aac", "mp3", "flac", "opus", "pcm16"]),
      })
      .nullish(),
    prediction: z.strictObject({ type: z.literal("content"), content: z.union([z.string(), z.array(textPart).min(1)]) }).nullish(),
    stream: z.boolean().nullish(),
    stream_options: z.strictObject({ include_usage: z.boolean().optional(), include_obfuscation: z.boolean().optional() }).nullish(),
    // Tools.
    tools: z
      .array(z.discriminatedUnion("type", [functionTool, customTool]))
      .max(128)
      .optional(),
    tool_choice: toolChoice.optional(),
    parallel_tool_calls: z.boolean().optional(),
    functions: z
      .array(z.strictObject({ name: nameSchema, description: z.string().optional(), parameters: jsonObject.optional() }))
      .min(1)
      .max(128)
      .optional(),
    function_call: z.union([z.enum(["none", "auto"]), z.strictObject({ name: z.string() })]).optional(),
    web_search_options: z
      .strictObject({
        user_location: z
          .strictObject({
            type: z.literal("approximate"),
            approximate: z.strictObject({
              country: z.string().optional(),
              region: z.string().optional(),
              city: z.string().optional(),
              timezone: z.string().optional(),
            }),
          })
          .nullish(),
        search_context_size: z.enum(["low", "medium", "high"]).optional(),
      })
      .optional(),
    // Account, storage and caching.
    store: z.boolean().nullish(),
    metadata: metadata.nullish(),
    service_tier: z.enum(["auto", "default", "flex", "scale", "priority", "fast"]).nullish(),
    user: z.string().optional(),
    safety_identifier: z.string().max(64).nullish(),
    prompt_cache_key: z.string().nullish(),
    prompt_cache_retention: z.enum(["in_memory", "24h"]).nullish(),
    prompt_cache_options: z.strictObject({ ttl: z.literal("30m").optional(), mode: z.enum(["implicit", "explicit"]).optional() }).optional(),
    moderation: z
      .strictObject({
        model: z.string(),
        policy: z.strictObject({ input: moderationConfig, output: moderationConfig }).nullish(),
      })
      .nullish(),
  })
  .superRefine((request, context) => {
    if (request.stream_options != null && request.stream !== true) {
      addContractIssue(context, {
        path: ["stream_options"],
        message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        code: null,
      });
    }
    if (request.top_logprobs != null && request.logprobs !== true) {
      addContractIssue(context, {
        path: ["top_logprobs"],
        message: "'top_logprobs' is only allowed when 'logprobs' is true.",
        code: "invalid_value",
      });
    }
    if (request.modalities?.includes("audio") && request.audio == null) {
      addContractIssue(context, {
        path: ["audio"],
        message: "Missing required parameter: 'audio' (required when 'modalities' includes \"audio\").",
        code: "missing_required_parameter",
      });
    }
  });

export type ChatCompletionRequest = z.output<typeof chatCompletionRequestSchema>;
