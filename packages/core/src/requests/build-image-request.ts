import { refusesResponseFormat } from "../models/image-models.js";
import { imageGenerationOperation, type ImageGenerationRequest } from "../operations/image-generation.js";
import { validateRequest } from "../validation/validate-request.js";
import { checkImageFamily } from "./check-image-family.js";
import { dropUnsetFields } from "./drop-unset-fields.js";
import { mergeExtraBody } from "./merge-extra-body.js";
import type { BuiltRequest } from "./build-chat-request.js";
import type { RequestWarning } from "./request-warning.js";

/**
 * The canonical image generation body: unset fields dropped, and `response_format` left out (with a warning) for
 * models that refuse it: gpt-image models always answer base64, and some others take no format at all. A size or
 * quality of another model family is refused before sending (checkImageFamily).
 */
export function buildImageRequest(request: ImageGenerationRequest, extraBody?: Readonly<Record<string, unknown>>): BuiltRequest {
  const fields = dropUnsetFields(request) as ImageGenerationRequest;
  if (typeof fields.model === "string") checkImageFamily(fields);
  const warnings: RequestWarning[] = [];
  if (fields.response_format !== undefined && typeof fields.model === "string" && refusesResponseFormat(fields.model)) {
    const { response_format: format, ...rest } = fields;
    warnings.push({
      field: "response_format",
      message: `${fields.model} refuses response_format (${format} was asked for); it was not sent, and the model answers in its own format.`,
    });
    return { body: mergeExtraBody(validateRequest(imageGenerationOperation, rest), extraBody), warnings };
  }
  return { body: mergeExtraBody(validateRequest(imageGenerationOperation, fields), extraBody), warnings };
}
