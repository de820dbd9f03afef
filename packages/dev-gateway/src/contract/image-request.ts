import { z } from "zod";

/** The model the reference uses when a request names none. */
export const DEFAULT_IMAGE_REQUEST_MODEL = "dall-e-2";

/**
 * The body of `POST /v1/images/generations`, from the OpenAI API reference (CreateImageRequest), sharing
 * nothing with `@crazyrouter/core`. Which `size`, `n`, prompt length and `response_format` a model takes is the
 * model's business (models/check-image-model.ts); this is what any image request must look like. The images
 * endpoint refuses unknown fields ("Unknown parameter: '<field>'."), and so does this contract.
 */
export const imageRequestSchema = z.strictObject({
  prompt: z.string().min(1),
  model: z.string().min(1).nullish(),
  n: z.int().min(1).max(10).nullish(),
  quality: z.enum(["standard", "hd", "low", "medium", "high", "auto"]).nullish(),
  response_format: z.enum(["url", "b64_json"]).nullish(),
  output_format: z.enum(["png", "jpeg", "webp"]).nullish(),
  output_compression: z.int().min(0).max(100).nullish(),
  stream: z.boolean().nullish(),
  partial_images: z.int().min(0).max(3).nullish(),
  size: z.string().nullish(),
  moderation: z.enum(["low", "auto"]).nullish(),
  background: z.enum(["transparent", "opaque", "auto"]).nullish(),
  style: z.enum(["vivid", "natural"]).nullish(),
  user: z.string().optional(),
});

export type ImageRequest = z.output<typeof imageRequestSchema>;
