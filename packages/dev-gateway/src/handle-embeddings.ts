import { EMBEDDING_MODEL_DIMENSIONS, type embeddingsOperation } from "@crazyrouter/core";
import type { z } from "zod";
import { countWords } from "./count-words.js";
import type { DevResponse } from "./dev-response.js";
import type { EmbeddingEncoder } from "./embedding-encoder.js";
import { openAiError } from "./openai-error.js";

export type EmbeddingsRequest = z.output<typeof embeddingsOperation.request>;

/** Vector length for models the core does not list (custom or aliased ids). */
const FALLBACK_DIMENSIONS = 1536;

/**
 * Answers `POST /v1/embeddings` with deterministic unit vectors. The body is assembled from byte buffers
 * rather than JSON.stringify: 2048 inputs x 1536 values must answer well under a second.
 */
export function handleEmbeddings(request: EmbeddingsRequest, encoder: EmbeddingEncoder): DevResponse {
  if (request.dimensions !== undefined && !request.model.startsWith("text-embedding-3")) {
    return openAiError(400, {
      message: "This model does not support specifying dimensions.",
      type: "invalid_request_error",
      code: "invalid_value",
      param: "dimensions",
    });
  }
  const dimensions = request.dimensions ?? EMBEDDING_MODEL_DIMENSIONS[request.model] ?? FALLBACK_DIMENSIONS;
  const format = request.encoding_format ?? "float";
  // One text or one token list is one input; token lists are embedded as their text form.
  const given = typeof request.input === "string" || typeof request.input[0] === "number" ? [request.input] : request.input;
  const inputs = (given as Array<string | number | number[]>).map((input) => (typeof input === "string" ? input : JSON.stringify(input)));
  const parts: Buffer[] = [Buffer.from('{"object":"list","data":[')];
  let tokens = 0;
  inputs.forEach((text, index) => {
    tokens += Math.max(1, countWords(text));
    parts.push(Buffer.from(`${index > 0 ? "," : ""}{"object":"embedding","index":${index},"embedding":`));
    parts.push(encoder.encode(text, dimensions, format));
    parts.push(Buffer.from("}"));
  });
  parts.push(Buffer.from(`],"model":${JSON.stringify(request.model)},"usage":{"prompt_tokens":${tokens},"total_tokens":${tokens}}}`));
  return { kind: "body", status: 200, headers: { "content-type": "application/json" }, body: Buffer.concat(parts) };
}
