import * as z from "zod";
import type { OperationDefinition } from "./operation-definition.js";
import { lazySchema } from "./lazy-schema.js";

export const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";

/** The gateway accepts at most this many inputs in one embeddings request. */
export const MAX_EMBEDDING_INPUTS_PER_REQUEST = 2048;

/** Native vector length of the embedding models the gateway docs validate with. */
export const EMBEDDING_MODEL_DIMENSIONS: Readonly<Record<string, number>> = {
  "text-embedding-3-small": 1536,
  "text-embedding-3-large": 3072,
  "text-embedding-ada-002": 1536,
};

/** Models that always answer their native length and refuse `dimensions` (only text-embedding-3 and later shorten). */
export const EMBEDDING_MODELS_WITHOUT_DIMENSIONS: ReadonlySet<string> = new Set(["text-embedding-ada-002"]);

const text = lazySchema(() => z.string().min(1, "inputs may not be empty strings"));
const tokens = lazySchema(() => z.array(z.int().min(0, "token ids are whole numbers from 0")).min(1, "a token list may not be empty"));
const inputList = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(MAX_EMBEDDING_INPUTS_PER_REQUEST);

export const embeddingsRequestSchema = lazySchema(() =>
  z.strictObject({
    model: z.string().trim().min(1).describe(`Embedding model id, for example ${DEFAULT_EMBEDDING_MODEL} (1536 dimensions) or text-embedding-3-large (3072).`),
    // The single string comes first: platforms without unions (Coze) take the first form.
    input: z
      .union([text(), inputList(text()), tokens(), inputList(tokens())])
      .describe(`The texts to embed: a list of up to ${MAX_EMBEDDING_INPUTS_PER_REQUEST} (one vector each, same order); token id lists work too.`),
    dimensions: z
      .int()
      .min(1)
      .max(3072)
      .optional()
      .describe("Shorten vectors to this length. Only text-embedding-3 models support it; leave unset for the model's native length."),
    encoding_format: z
      .enum(["float", "base64"])
      .optional()
      .describe("float returns number lists; base64 returns packed little-endian float32 (smaller and faster to transfer)."),
    user: z.string().min(1).optional().describe("A stable id of your end user, for abuse monitoring."),
  }),
);

export type EmbeddingsRequest = z.input<ReturnType<typeof embeddingsRequestSchema>>;
/** A request as it is sent: validated, `input` always a list of texts or of token lists (see buildEmbeddingsRequests). */
export type CanonicalEmbeddingsRequest = Omit<z.output<ReturnType<typeof embeddingsRequestSchema>>, "input"> & { input: string[] | number[][] };

export const embeddingsResponseSchema = lazySchema(() =>
  z.looseObject({
    model: z.string().optional().describe("The model that made the vectors."),
    data: z
      .array(
        z.looseObject({
          index: z.number().optional().describe("Position of the input this vector belongs to."),
          // Not z.array(z.number()): checking millions of numbers one by one costs more than the request.
          embedding: z
            .union([z.string(), z.array(z.unknown())])
            .describe("The vector: a list of numbers, or base64 of packed float32 when encoding_format was base64."),
        }),
      )
      .describe("One vector per input, in input order."),
    usage: z
      .looseObject({
        prompt_tokens: z.number().optional().describe("Tokens in the inputs."),
        total_tokens: z.number().optional().describe("Tokens billed in all."),
      })
      .nullable()
      .optional()
      .describe("Token counts of this call."),
  }),
);

export type EmbeddingsResponse = z.output<ReturnType<typeof embeddingsResponseSchema>>;

/**
 * What the client checks with zod when reading an embeddings answer: the envelope only. A full answer holds
 * up to 2,048 items, and zod copies every object it checks; the items are checked by hand as they are
 * decoded (embeddings/join-embedding-answers.ts), against the same shape `embeddingsResponseSchema` documents.
 */
export const embeddingsEnvelopeSchema = lazySchema(() => embeddingsResponseSchema().extend({ data: z.array(z.unknown()) }));

export const embeddingsOperation = {
  id: "embeddings",
  toolName: "crazyrouter_embeddings",
  title: "Embeddings",
  method: "POST",
  path: "/embeddings",
  summary:
    "Turn text into embedding vectors with a Crazyrouter embedding model. Use it to compare meaning (semantic search, " +
    "deduplication, clustering) or to index documents; one vector per input, in input order.",
  get request() {
    return embeddingsRequestSchema();
  },
  get response() {
    return embeddingsResponseSchema();
  },
  streamingFields: [],
  slow: false,
} as const satisfies OperationDefinition;
