import * as z from "zod";
import { chatAssistantPartSchema, chatUserPartSchema, textOnlyParts } from "./chat-content-parts.js";
import { lazySchema } from "../lazy-schema.js";

const name = lazySchema(() => z.string().min(1).max(64).optional().describe("Optional name of the author, to tell participants apart."));

// In each content union the plain string comes first: platforms without unions (Coze) take the first form.
const instructionMessage = (role: "system" | "developer") =>
  z.strictObject({
    role: z.literal(role),
    content: z.union([z.string(), textOnlyParts(role)]).describe("The instructions, as text."),
    name: name(),
  });

export const chatToolCallSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().min(1).describe("Id of the tool call, echoed back by the matching tool message."),
    type: z.literal("function"),
    function: z.strictObject({
      name: z.string().min(1).describe("Name of the function the model called."),
      arguments: z.string().describe("Arguments as a JSON text, exactly as the model produced them."),
    }),
  }),
);

const userMessage = lazySchema(() =>
  z.strictObject({
    role: z.literal("user"),
    content: z
      .union([z.string(), z.array(chatUserPartSchema()).min(1)])
      .describe("The message text. Vision, audio and file models also accept a list of text, image_url, input_audio and file parts."),
    name: name(),
  }),
);

const assistantMessage = lazySchema(() =>
  z
    .strictObject({
      role: z.literal("assistant"),
      content: z
        .union([z.string(), z.array(chatAssistantPartSchema()).min(1)])
        .nullable()
        .optional()
        .describe("What the assistant said earlier; may be left out when it only made tool calls."),
      refusal: z.string().nullable().optional().describe("A refusal the assistant gave earlier."),
      name: name(),
      tool_calls: z.array(chatToolCallSchema()).min(1).optional().describe("Tool calls the assistant made."),
      function_call: z
        .strictObject({ name: z.string().min(1), arguments: z.string() })
        .nullable()
        .optional()
        .describe("Deprecated form of a single tool call."),
      audio: z
        .strictObject({ id: z.string().min(1) })
        .nullable()
        .optional()
        .describe("An earlier audio answer, by id."),
    })
    .refine(
      (message) =>
        (message.content !== undefined && message.content !== null) || message.tool_calls !== undefined || (message.function_call ?? undefined) !== undefined,
      { message: "an assistant message needs content unless it carries tool_calls or function_call", path: ["content"] },
    ),
);

const toolMessage = lazySchema(() =>
  z.strictObject({
    role: z.literal("tool"),
    content: z.union([z.string(), textOnlyParts("tool")]).describe("The tool's result, as text."),
    tool_call_id: z.string().min(1).describe("The id of the tool call this answers."),
  }),
);

const functionMessage = lazySchema(() =>
  z.strictObject({
    role: z.literal("function"),
    content: z.string().nullable().describe("The function's result (deprecated form of a tool message)."),
    name: z.string().min(1).describe("The function that produced it."),
  }),
);

/**
 * One message of a conversation, per role exactly as the Chat Completions API takes it: instructions (system,
 * developer), the user (text, images, audio, files), the assistant's earlier turns, tool results and the
 * deprecated function results.
 */
export const chatMessageSchema = lazySchema(() =>
  z.discriminatedUnion(
    "role",
    [instructionMessage("system"), instructionMessage("developer"), userMessage(), assistantMessage(), toolMessage(), functionMessage()],
    { error: "role must be one of system, developer, user, assistant, tool or function" },
  ),
);

export type ChatMessage = z.input<ReturnType<typeof chatMessageSchema>>;
