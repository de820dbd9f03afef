import { z } from "zod";

/** The reference's limit on inputs per request (and on tokens per token-array input's list). */
export const MAX_EMBEDDING_INPUTS = 2048;

const tokenId = z.int().min(0);

/**
 * The body of `POST /v1/embeddings`, from the OpenAI API reference (CreateEmbeddingRequest), sharing nothing
 * with `@crazyrouter/core`. `input` is a text, a list of texts, a token array or a list of token arrays; a text
 * may not be empty. The reference declares the body closed (`additionalProperties: false`), so an unknown
 * field is refused ("Unrecognized request argument supplied").
 */
export const embeddingRequestSchema = z.strictObject({
  model: z.string().min(1),
  input: z.union([
    z.string().min(1),
    z.array(z.string().min(1)).min(1).max(MAX_EMBEDDING_INPUTS),
    z.array(tokenId).min(1).max(MAX_EMBEDDING_INPUTS),
    z.array(z.array(tokenId).min(1)).min(1).max(MAX_EMBEDDING_INPUTS),
  ]),
  encoding_format: z.enum(["float", "base64"]).optional(),
  dimensions: z.int().min(1).optional(),
  user: z.string().optional(),
});

export type EmbeddingRequest = z.output<typeof embeddingRequestSchema>;
