import { parseOperationResponse } from "../http/parse-operation-response.js";
import { readBodyPieces, readBodyText } from "../http/read-body-text.js";
import { embeddingsEnvelopeSchema, embeddingsOperation } from "../operations/embeddings.js";
import type { ResultMeta } from "../results/result-meta.js";
import type { TransportResponse } from "../transport/transport.js";
import type { EmbeddingsEnvelope } from "./join-embedding-answers.js";
import { liftBase64Embeddings } from "./lift-base64-embeddings.js";

/**
 * Reads and checks one embeddings answer. Where the transport hands the whole body's pieces (Node's do), the
 * base64 embeddings are decoded straight from them and only the rest is parsed (see liftBase64Embeddings);
 * the items then carry their vectors. Anything that way is not sure of is parsed whole, as every answer was
 * before, and that parse decides: the same result, the same errors.
 */
export async function readEmbeddingsAnswer(
  response: TransportResponse,
  meta: ResultMeta,
  decodeBase64: (text: string) => Uint8Array,
): Promise<EmbeddingsEnvelope> {
  const parse = (text: string) => parseOperationResponse<EmbeddingsEnvelope>(embeddingsOperation, text, meta, embeddingsEnvelopeSchema());
  if (!hasPieces(response)) return parse(await readBodyText(response, meta.requestId));
  const body = await readBodyPieces(response, meta.requestId);
  const lifted = liftBase64Embeddings(body, decodeBase64);
  if (lifted) {
    const envelope = parseOrUndefined(() => parse(lifted.envelopeText));
    if (envelope && attachLiftedVectors(envelope, lifted.vectors)) return envelope;
  }
  return parse(body.text());
}

const hasPieces = (response: TransportResponse): response is TransportResponse & Required<Pick<TransportResponse, "pieces">> => response.pieces !== undefined;

function parseOrUndefined<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    // The whole answer is parsed next, and its parse reports the problem.
    return undefined;
  }
}

/**
 * Puts the lifted vectors into the answer's items, when they are exactly the items' embeddings: one per item,
 * and each item's embedding the emptied text a vector was lifted from. With no backslash in the answer, every
 * `"embedding": "..."` was lifted, so an item whose embedding is an empty string holds a lifted one; as many
 * items as lifted texts then means none came from anywhere else (a nested object, a repeated key).
 */
function attachLiftedVectors(envelope: EmbeddingsEnvelope, vectors: readonly Float32Array[]): boolean {
  const items = envelope.data;
  if (items.length !== vectors.length) return false;
  if (!items.every((item) => typeof item === "object" && item !== null && (item as { embedding?: unknown }).embedding === "")) return false;
  for (const [index, item] of items.entries()) (item as { embedding: Float32Array }).embedding = vectors[index]!;
  return true;
}
