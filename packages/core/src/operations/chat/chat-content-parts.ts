import * as z from "zod";
import { lazySchema } from "../lazy-schema.js";

/**
 * Message content parts as the Chat Completions API takes them. Which role may carry which part differs:
 * text everywhere, refusals only from the assistant, images, audio and files only in user messages.
 */
export const chatTextPartSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal("text"),
    text: z.string().describe("The text of this part."),
  }),
);

export const chatImagePartSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal("image_url"),
    image_url: z.strictObject({
      url: z.string().min(1).describe("An https URL or a data: URL of the image."),
      detail: z.enum(["auto", "low", "high"]).optional().describe("How closely the model looks at the image."),
    }),
  }),
);

export const chatAudioPartSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal("input_audio"),
    input_audio: z.strictObject({
      data: z.string().min(1).describe("The audio as base64."),
      format: z.enum(["wav", "mp3"]).describe("The audio's encoding."),
    }),
  }),
);

export const chatFilePartSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal("file"),
    file: z
      .strictObject({
        file_data: z.string().min(1).optional().describe("The file as a base64 data URL."),
        file_id: z.string().min(1).optional().describe("Id of an uploaded file."),
        filename: z.string().min(1).optional().describe("The file's name, when file_data is given."),
      })
      .refine((file) => file.file_data !== undefined || file.file_id !== undefined, "a file part needs file_data or file_id"),
  }),
);

export const chatRefusalPartSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal("refusal"),
    refusal: z.string().describe("The refusal the assistant gave."),
  }),
);

/** Everything a user message may carry. */
export const chatUserPartSchema = lazySchema(() =>
  z.discriminatedUnion("type", [chatTextPartSchema(), chatImagePartSchema(), chatAudioPartSchema(), chatFilePartSchema()], {
    error: "a user message part is text, image_url, input_audio or file",
  }),
);

/** System, developer and tool messages carry text only. */
export function textOnlyParts(role: string) {
  return z
    .array(
      z.discriminatedUnion("type", [chatTextPartSchema()], {
        error: `a ${role} message takes text parts only; images, audio and files go in user messages`,
      }),
    )
    .min(1);
}

/** The assistant's own earlier turns: text or a refusal. */
export const chatAssistantPartSchema = lazySchema(() =>
  z.discriminatedUnion("type", [chatTextPartSchema(), chatRefusalPartSchema()], {
    error: "an assistant message takes text or refusal parts only; images, audio and files go in user messages",
  }),
);
