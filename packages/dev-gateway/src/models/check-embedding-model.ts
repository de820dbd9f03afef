import type { EmbeddingRequest } from "../contract/embedding-request.js";
import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import type { EmbeddingModelFacts } from "./model-catalogue.js";

/**
 * What an embedding model refuses: `dimensions` on a model that cannot shorten its vectors
 * (text-embedding-ada-002), or more dimensions than the model makes.
 */
export function checkEmbeddingModel(request: EmbeddingRequest, facts: EmbeddingModelFacts): DevResponse | undefined {
  if (request.dimensions === undefined) return undefined;
  if (!facts.shortens) {
    return openAiError(400, {
      message: "This model does not support specifying dimensions.",
      type: "invalid_request_error",
      code: "invalid_value",
      param: "dimensions",
    });
  }
  if (request.dimensions > facts.dimensions) {
    return openAiError(400, {
      message: `Invalid 'dimensions': integer above maximum value. Expected a value <= ${facts.dimensions}, but got ${request.dimensions} instead.`,
      type: "invalid_request_error",
      code: "integer_above_max_value",
      param: "dimensions",
    });
  }
  return undefined;
}
