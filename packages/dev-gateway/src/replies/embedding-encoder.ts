import { BoundedMap } from "../recording/bounded-map.js";
import { createRandom } from "./create-random.js";
import { hashText } from "./hash-text.js";

export type EmbeddingFormat = "float" | "base64";

/** Values carry 8 decimals: JSON numbers stay short and parse back to exactly the float32 sent as base64. */
const SCALE = 1e8;
const MAX_BYTES_PER_VALUE = 12; // "-0.01234567,"

// "0000".."9999" as ASCII bytes: formatting integers by table lookup is several times faster than
// Number#toString on doubles, which dominates a 2048 x 1536 answer.
const DIGIT_GROUPS = new Uint8Array(40_000);
for (let group = 0; group < 10_000; group++) {
  const text = String(group).padStart(4, "0");
  for (let digit = 0; digit < 4; digit++) DIGIT_GROUPS[group * 4 + digit] = text.charCodeAt(digit);
}

/**
 * The vector for a text: `dimensions` pseudo-random values seeded by the text's hash, normalised to unit
 * length and quantised to 8 decimals (as integers scaled by 1e8). A shorter `dimensions` gives the
 * renormalised prefix of the longer vector, as OpenAI's shortening does.
 */
export function embeddingVector(text: string, dimensions: number): Int32Array {
  const random = createRandom(hashText(text));
  const values = new Float64Array(dimensions);
  let sumOfSquares = 0;
  for (let index = 0; index < dimensions; index++) {
    const value = random() / 0x80000000 - 1;
    values[index] = value;
    sumOfSquares += value * value;
  }
  const scale = SCALE / Math.sqrt(sumOfSquares || 1);
  const quantised = new Int32Array(dimensions);
  for (let index = 0; index < dimensions; index++) quantised[index] = Math.round(values[index]! * scale);
  return quantised;
}

function formatFloats(vector: Int32Array): Buffer {
  const out = Buffer.allocUnsafe(vector.length * MAX_BYTES_PER_VALUE + 2);
  let position = 0;
  out[position++] = 0x5b; // [
  for (let index = 0; index < vector.length; index++) {
    if (index > 0) out[position++] = 0x2c; // ,
    let value = vector[index]!;
    if (value < 0) {
      out[position++] = 0x2d; // -
      value = -value;
    }
    out[position++] = value >= SCALE ? 0x31 : 0x30; // 1 or 0 before the point (1 only for a 1-D vector)
    out[position++] = 0x2e; // .
    if (value >= SCALE) value -= SCALE;
    const high = Math.floor(value / 10_000) * 4;
    const low = (value % 10_000) * 4;
    out[position++] = DIGIT_GROUPS[high]!;
    out[position++] = DIGIT_GROUPS[high + 1]!;
    out[position++] = DIGIT_GROUPS[high + 2]!;
    out[position++] = DIGIT_GROUPS[high + 3]!;
    out[position++] = DIGIT_GROUPS[low]!;
    out[position++] = DIGIT_GROUPS[low + 1]!;
    out[position++] = DIGIT_GROUPS[low + 2]!;
    out[position++] = DIGIT_GROUPS[low + 3]!;
  }
  out[position++] = 0x5d; // ]
  return out.subarray(0, position);
}

function formatBase64(vector: Int32Array): Buffer {
  const bytes = Buffer.allocUnsafe(vector.length * 4);
  for (let index = 0; index < vector.length; index++) bytes.writeFloatLE(vector[index]! / SCALE, index * 4);
  return Buffer.from(`"${bytes.toString("base64")}"`, "latin1");
}

/**
 * Turns texts into the JSON value of their `embedding` field (an array, or a base64 string in quotes),
 * caching the encoded bytes per text so repeated benchmark inputs cost a map lookup.
 */
export class EmbeddingEncoder {
  readonly #cache = new BoundedMap<string, Buffer>({
    maxEntries: 8192,
    maxSize: 64 * 1024 * 1024,
    sizeOf: (value) => value.length,
  });

  encode(text: string, dimensions: number, format: EmbeddingFormat): Buffer {
    const key = `${format}:${dimensions}:${text}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const vector = embeddingVector(text, dimensions);
    const encoded = format === "base64" ? formatBase64(vector) : formatFloats(vector);
    this.#cache.set(key, encoded);
    return encoded;
  }

  clear(): void {
    this.#cache.clear();
  }
}
