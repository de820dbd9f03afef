import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";

/**
 * One embedding as a Float32Array. Base64 answers (packed little-endian float32, as OpenAI sends them)
 * become a view over the decoded bytes with no per-number work; gateways that ignore the requested
 * encoding and send number lists are accepted too, and a vector decoded before parsing (see
 * liftBase64Embeddings) passes through.
 */
export function decodeEmbedding(embedding: string | readonly unknown[] | Float32Array, decodeBase64: (text: string) => Uint8Array): Float32Array {
  if (embedding instanceof Float32Array) return embedding;
  if (typeof embedding !== "string") return Float32Array.from(embedding as readonly number[]);
  return float32View(decodeBase64(embedding));
}

/** Packed little-endian float32 bytes as a Float32Array, a view when their alignment allows. */
export function float32View(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) {
    throw new CrazyrouterError({
      code: "invalid_response",
      message: "A base64 embedding is not a whole number of float32 values.",
      hint: FIX_HINTS.invalid_response,
    });
  }
  // A view needs 4-byte alignment; pooled small buffers may not have it, so those are copied.
  if (bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  // Copied through a fresh array: a Buffer's slice() is a view and would keep the bad offset.
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Float32Array(aligned.buffer);
}
