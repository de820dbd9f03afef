import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { imageFamily } from "../models/image-families.js";
import { imageGenerationOperation } from "../operations/image-generation.js";

const either = (values: readonly string[]) => (values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values.at(-1)}` : (values[0] ?? ""));

function refuse(field: "size" | "quality", message: string): CrazyrouterError {
  return new CrazyrouterError({
    code: "invalid_input",
    message: `Invalid ${imageGenerationOperation.id}.${field}: ${message}.`,
    hint: "Pick a value this model takes; nothing was sent to the gateway.",
    field,
  });
}

/**
 * Refuses a size or quality that the model's family does not take (the gateway would answer 400 after a paid
 * round trip): `hd` is DALL-E 3's, `low` the GPT image models'. Models of no known family pass unchecked.
 */
export function checkImageFamily(fields: { model: string; size?: string | undefined; quality?: string | undefined }): void {
  const family = imageFamily(fields.model);
  if (!family) return;
  if (fields.quality !== undefined && family.qualities && !family.qualities.includes(fields.quality)) {
    throw refuse("quality", `${fields.model} (${family.label}) takes quality ${either(family.qualities)}, not ${fields.quality}`);
  }
  if (family.qualities === undefined && fields.quality !== undefined) {
    throw refuse("quality", `${fields.model} (${family.label}) has no quality setting; leave Quality unset`);
  }
  if (fields.size !== undefined && !family.otherSizes && !family.sizes.includes(fields.size)) {
    throw refuse("size", `${fields.model} (${family.label}) takes size ${either(family.sizes)}, not ${fields.size}`);
  }
}
