import { z } from "zod";
import { addContractIssue } from "./contract-issue.js";

export type MessageRole = "developer" | "system" | "user" | "assistant" | "tool" | "function";

/** `prompt_cache_breakpoint` on a part: `{mode: "explicit"}`. */
const cacheBreakpoint = z.strictObject({ mode: z.literal("explicit") }).optional();

export const textPart = z.strictObject({ type: z.literal("text"), text: z.string(), prompt_cache_breakpoint: cacheBreakpoint });

const imagePart = z.strictObject({
  type: z.literal("image_url"),
  image_url: z.strictObject({
    url: z.string().refine((url) => URL.canParse(url), "expected a URL (https: or a data: URL)"),
    detail: z.enum(["auto", "low", "high"]).optional(),
  }),
  prompt_cache_breakpoint: cacheBreakpoint,
});

const audioPart = z.strictObject({
  type: z.literal("input_audio"),
  input_audio: z.strictObject({ data: z.string(), format: z.enum(["wav", "mp3"]) }),
  prompt_cache_breakpoint: cacheBreakpoint,
});

const filePart = z.strictObject({
  type: z.literal("file"),
  file: z.strictObject({ filename: z.string().optional(), file_data: z.string().optional(), file_id: z.string().optional() }),
  prompt_cache_breakpoint: cacheBreakpoint,
});

const refusalPart = z.strictObject({ type: z.literal("refusal"), refusal: z.string() });

/** How OpenAI names a part in its "only allowed for messages with role" errors, and the role that may send it. */
const PART_OWNERS = {
  image_url: { what: "Image URLs are", owner: "user" },
  input_audio: { what: "Audio inputs are", owner: "user" },
  file: { what: "File inputs are", owner: "user" },
  refusal: { what: "Refusals are", owner: "assistant" },
} as const;

/** A part of a known type in a role that may not send it: refused naming both roles, as OpenAI does. */
function refusedPart<Type extends keyof typeof PART_OWNERS>(type: Type, role: MessageRole) {
  const { what, owner } = PART_OWNERS[type];
  return z.looseObject({ type: z.literal(type) }).superRefine((_part, context) =>
    addContractIssue(context, {
      path: [],
      message: `${what} only allowed for messages with role '${owner}', but this message with role '${role}' contains one.`,
      code: "invalid_value",
    }),
  );
}

/** A string, or a non-empty list of parts. */
function content<Part extends z.ZodType>(part: Part) {
  return z.union([z.string(), z.array(part).min(1)]);
}

/**
 * Which parts each role may send, from the reference's per-role message schemas: system, developer and tool
 * messages take text only, user messages text, images, audio and files, assistant messages text and refusals.
 */
export function textOnlyContent(role: "developer" | "system" | "tool") {
  return content(
    z.discriminatedUnion("type", [
      textPart,
      refusedPart("image_url", role),
      refusedPart("input_audio", role),
      refusedPart("file", role),
      refusedPart("refusal", role),
    ]),
  );
}

export const userContent = content(z.discriminatedUnion("type", [textPart, imagePart, audioPart, filePart, refusedPart("refusal", "user")]));

export const assistantContent = content(
  z.discriminatedUnion("type", [
    textPart,
    refusalPart,
    refusedPart("image_url", "assistant"),
    refusedPart("input_audio", "assistant"),
    refusedPart("file", "assistant"),
  ]),
);
