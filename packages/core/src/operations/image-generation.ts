import * as z from "zod";
import type { OperationDefinition } from "./operation-definition.js";
import { lazySchema } from "./lazy-schema.js";

export const DEFAULT_IMAGE_MODEL = "gpt-image-2";

/**
 * Accepted width and height of `size`, in pixels. The largest published sizes are 4096 on a side (Seedream 4,
 * 4K modes) and the smallest 256 (dall-e-2); these bounds leave room on both ends so no real request is refused,
 * while a typo like 99999x99999 is caught before a paid call.
 */
export const IMAGE_SIDE_RANGE = { min: 64, max: 8192 } as const;

const sizePattern = /^(auto|\d{2,5}x\d{2,5})$/;

export const imageGenerationRequestSchema = lazySchema(() =>
  z.strictObject({
    model: z.string().trim().min(1).describe(`Image model id, for example ${DEFAULT_IMAGE_MODEL} or qwen-image.`),
    prompt: z.string().trim().min(1).max(32000).describe("What the image should show, in plain words."),
    n: z.int().min(1).max(10).optional().describe("How many images to generate, 1 to 10 (1 when unset); some models allow only 1."),
    size: z
      .string()
      .regex(sizePattern, "use WIDTHxHEIGHT such as 1024x1024, or auto")
      .refine(
        (size) => size === "auto" || size.split("x").every((side) => Number(side) >= IMAGE_SIDE_RANGE.min && Number(side) <= IMAGE_SIDE_RANGE.max),
        `size must be WIDTHxHEIGHT with each side from ${IMAGE_SIDE_RANGE.min} to ${IMAGE_SIDE_RANGE.max} pixels`,
      )
      .optional()
      .describe(
        `Image size as WIDTHxHEIGHT, each side ${IMAGE_SIDE_RANGE.min} to ${IMAGE_SIDE_RANGE.max} pixels, for example 1024x1024, 1536x1024 or 1024x1536; auto lets the model choose. Supported sizes differ by model.`,
      ),
    quality: z
      .enum(["auto", "low", "medium", "high", "standard", "hd"])
      .optional()
      .describe("Rendering quality; higher costs more and takes longer. Supported values differ by model."),
    response_format: z
      .enum(["url", "b64_json"])
      .optional()
      .describe("url returns a link, b64_json the image bytes. Leave unset unless needed: some models reject it."),
    user: z.string().min(1).optional().describe("A stable id of your end user, for abuse monitoring."),
  }),
);

export type ImageGenerationRequest = z.input<ReturnType<typeof imageGenerationRequestSchema>>;
/** A request as it is sent: validated, `response_format` only for models that take it (see buildImageRequest). */
export type CanonicalImageRequest = z.output<ReturnType<typeof imageGenerationRequestSchema>>;

export const imageGenerationResponseSchema = lazySchema(() =>
  z.looseObject({
    created: z.number().optional().describe("Unix time the images were made."),
    data: z
      .array(
        z.looseObject({
          url: z.string().nullable().optional().describe("Link to the image; links expire, so save the file if you need it later."),
          b64_json: z.string().nullable().optional().describe("The image bytes as base64, when asked for."),
          revised_prompt: z.string().nullable().optional().describe("The prompt the model actually used, when it rewrote yours."),
        }),
      )
      .min(1)
      .describe("The generated images."),
    usage: z.looseObject({}).nullable().optional(),
  }),
);

export type ImageGenerationResponse = z.output<ReturnType<typeof imageGenerationResponseSchema>>;

export const imageGenerationOperation = {
  id: "image_generation",
  toolName: "crazyrouter_generate_image",
  title: "Image generation",
  method: "POST",
  path: "/images/generations",
  summary:
    "Generate images from a text prompt with a Crazyrouter image model. Use it when the user asks to draw, render, " +
    "illustrate or design something; answers the images and the prompt the model actually used.",
  get request() {
    return imageGenerationRequestSchema();
  },
  get response() {
    return imageGenerationResponseSchema();
  },
  streamingFields: [],
  slow: true,
} as const satisfies OperationDefinition;
