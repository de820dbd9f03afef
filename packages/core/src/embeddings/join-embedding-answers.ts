import type { ResultMeta } from "../results/result-meta.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import type { z } from "zod";
import type { embeddingsEnvelopeSchema } from "../operations/embeddings.js";
import { decodeEmbedding } from "./decode-embedding.js";

export type EmbeddingsEnvelope = z.output<ReturnType<typeof embeddingsEnvelopeSchema>>;

interface EmbeddingItem {
  index?: number;
  embedding: string | readonly unknown[] | Float32Array;
}

// By hand, not zod: an answer has up to 2,048 items and zod would copy each one (see embeddingsEnvelopeSchema).
function isEmbeddingItem(value: unknown): value is EmbeddingItem {
  if (typeof value !== "object" || value === null) return false;
  const { embedding, index } = value as { embedding?: unknown; index?: unknown };
  return (typeof embedding === "string" || Array.isArray(embedding) || embedding instanceof Float32Array) && (index === undefined || typeof index === "number");
}

export interface EmbeddingsResult {
  /** One vector per input, in input order. */
  embeddings: Float32Array[];
  model: string | undefined;
  /** Summed over the requests, under the gateway's own field names (see ChatUsage). */
  usage: { prompt_tokens: number | undefined; total_tokens: number | undefined };
  /** One entry per request sent (several when the input list was split). */
  requests: ResultMeta[];
}

/**
 * Joins the answers of a split embeddings call back into one result: vectors in input order (the gateway
 * may answer a batch out of order; `index` says where each belongs), usage summed, a short answer refused.
 */
export function joinEmbeddingAnswers(
  answers: readonly { data: EmbeddingsEnvelope; meta: ResultMeta }[],
  inputCounts: readonly number[],
  decodeBase64: (text: string) => Uint8Array,
): EmbeddingsResult {
  const embeddings: Float32Array[] = [];
  let promptTokens: number | undefined;
  let totalTokens: number | undefined;
  for (const [batchIndex, { data, meta }] of answers.entries()) {
    const expected = inputCounts[batchIndex] ?? 0;
    if (!data.data.every(isEmbeddingItem)) {
      throw new CrazyrouterError({
        code: "invalid_response",
        message: "An embeddings answer item has no embedding (a list of numbers or base64 text).",
        hint: FIX_HINTS.invalid_response,
        requestId: meta.requestId,
      });
    }
    const items = [...data.data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (items.length !== expected) {
      throw new CrazyrouterError({
        code: "invalid_response",
        message: `Asked for ${expected} embeddings, got ${items.length}.`,
        hint: FIX_HINTS.invalid_response,
        requestId: meta.requestId,
      });
    }
    for (const item of items) embeddings.push(decodeEmbedding(item.embedding, decodeBase64));
    if (data.usage?.prompt_tokens !== undefined) promptTokens = (promptTokens ?? 0) + data.usage.prompt_tokens;
    if (data.usage?.total_tokens !== undefined) totalTokens = (totalTokens ?? 0) + data.usage.total_tokens;
  }
  return {
    embeddings,
    model: answers[0]?.data.model,
    usage: { prompt_tokens: promptTokens, total_tokens: totalTokens },
    requests: answers.map((answer) => answer.meta),
  };
}
