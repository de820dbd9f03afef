import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import { quoteList } from "../http/quote-list.js";

export type ModelRoute = "chat" | "embedding" | "image";

/**
 * What OpenAI answers when a model is sent to an endpoint it does not serve: chat completions refuse with 404
 * "This is not a chat model", embeddings with 403, image generation with 400 listing the image models.
 */
export function wrongRouteError(route: ModelRoute, model: string, imageModels: readonly string[]): DevResponse {
  switch (route) {
    case "chat":
      return openAiError(404, {
        message: "This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?",
        type: "invalid_request_error",
        code: null,
        param: "model",
      });
    case "embedding":
      return openAiError(403, {
        message: "You are not allowed to generate embeddings from this model",
        type: "invalid_request_error",
        code: null,
      });
    case "image": {
      return openAiError(400, {
        message: `Invalid value: '${model}'. Supported values are: ${imageModels.length > 0 ? quoteList(imageModels) : "none on this gateway"}.`,
        type: "invalid_request_error",
        code: "invalid_value",
        param: "model",
      });
    }
  }
}
