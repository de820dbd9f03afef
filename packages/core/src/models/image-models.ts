import { KNOWN_IMAGE_MODELS } from "./known-models.js";

/** The gpt-image family answers base64 only and refuses `response_format`, whatever its version. */
const GPT_IMAGE_FAMILY = /^gpt-image-/;

/** Whether an image model refuses `response_format`: the gpt-image family and the known models that say so. */
export function refusesResponseFormat(model: string): boolean {
  const id = model.toLowerCase();
  if (GPT_IMAGE_FAMILY.test(id)) return true;
  return KNOWN_IMAGE_MODELS.some((known) => known.id === id && !known.acceptsResponseFormat);
}
