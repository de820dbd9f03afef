import { countWords } from "../replies/count-words.js";
import type { EmbeddingRequest } from "../contract/embedding-request.js";
import type { DevResponse } from "../http/dev-response.js";
import type { EmbeddingEncoder } from "../replies/embedding-encoder.js";

/** Vector length for a model the catalogue does not know (a custom id added with the `models` option). */
const FALLBACK_DIMENSIONS = 1536;

/**
 * The inputs as the seeds of their vectors, with their token counts: a text counts its words, a token array its
 * tokens (seeded by the ids, so the same tokens always give the same vector).
 */
function embeddingInputs(input: EmbeddingRequest["input"]): { seed: string; tokens: number }[] {
  if (typeof input === "string") return [{ seed: input, tokens: Math.max(1, countWords(input)) }];
  if (input.every((item) => typeof item === "number")) return [{ seed: `tokens:${input.join(",")}`, tokens: input.length }];
  return input.map((item) =>
    typeof item === "string" ? { seed: item, tokens: Math.max(1, countWords(item)) } : { seed: `tokens:${item.join(",")}`, tokens: item.length },
  );
}

/**
 * Answers `POST /v1/embeddings` with deterministic unit vectors, `nativeDimensions` long unless `dimensions`
 * shortens them. The body is assembled from byte buffers rather than JSON.stringify: 2048 inputs x 1536 values
 * must answer well under a second.
 */
export function handleEmbeddings(request: EmbeddingRequest, encoder: EmbeddingEncoder, nativeDimensions = FALLBACK_DIMENSIONS): DevResponse {
  const dimensions = request.dimensions ?? nativeDimensions;
  const format = request.encoding_format ?? "float";
  const parts: Buffer[] = [Buffer.from('{"object":"list","data":[')];
  let tokens = 0;
  embeddingInputs(request.input).forEach((input, index) => {
    tokens += input.tokens;
    parts.push(Buffer.from(`${index > 0 ? "," : ""}{"object":"embedding","index":${index},"embedding":`));
    parts.push(encoder.encode(input.seed, dimensions, format));
    parts.push(Buffer.from("}"));
  });
  parts.push(Buffer.from(`],"model":${JSON.stringify(request.model)},"usage":{"prompt_tokens":${tokens},"total_tokens":${tokens}}}`));
  return { kind: "body", status: 200, headers: { "content-type": "application/json" }, body: Buffer.concat(parts) };
}
