import { z } from "zod";
import { assistantContent, textOnlyContent, userContent } from "./content-parts.js";

/** Participant and function names: letters, digits, `_` and `-`, at most 64 (the reference's rule for names). */
export const nameSchema = z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "expected 1 to 64 letters, digits, '_' or '-'");

const toolCall = z.discriminatedUnion("type", [
  z.strictObject({
    id: z.string(),
    type: z.literal("function"),
    function: z.strictObject({ name: z.string(), arguments: z.string() }),
  }),
  z.strictObject({
    id: z.string(),
    type: z.literal("custom"),
    custom: z.strictObject({ name: z.string(), input: z.string() }),
  }),
]);

/**
 * One message of `messages`, by role, as the reference's ChatCompletionRequestMessage defines it. Fields a role
 * does not have are refused (`tool_call_id` on a user message, `tool_calls` on a tool message), as the API does.
 */
export const chatMessageSchema = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("developer"), content: textOnlyContent("developer"), name: nameSchema.optional() }),
  z.strictObject({ role: z.literal("system"), content: textOnlyContent("system"), name: nameSchema.optional() }),
  z.strictObject({ role: z.literal("user"), content: userContent, name: nameSchema.optional() }),
  z.strictObject({
    role: z.literal("assistant"),
    // Optional: an assistant turn may carry only tool_calls (or only a refusal).
    content: assistantContent.nullable().optional(),
    refusal: z.string().nullable().optional(),
    name: nameSchema.optional(),
    audio: z.strictObject({ id: z.string() }).nullable().optional(),
    // The reference gives no lower bound, but the API refuses an empty list ("empty array").
    tool_calls: z.array(toolCall).min(1).optional(),
    function_call: z.strictObject({ name: z.string(), arguments: z.string() }).nullable().optional(),
  }),
  z.strictObject({ role: z.literal("tool"), content: textOnlyContent("tool"), tool_call_id: z.string() }),
  // Deprecated, still accepted: the result of a `function_call`.
  z.strictObject({ role: z.literal("function"), content: z.string().nullable(), name: nameSchema }),
]);

export type ChatMessage = z.output<typeof chatMessageSchema>;
