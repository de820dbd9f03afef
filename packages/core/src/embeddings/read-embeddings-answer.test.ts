import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { BodyPieces } from "../http/body-pieces.js";
import { parseOperationResponse } from "../http/parse-operation-response.js";
import { embeddingsEnvelopeSchema, embeddingsOperation } from "../operations/embeddings.js";
import type { TransportResponse } from "../transport/transport.js";
import { decodeBase64 } from "./decode-base64.js";
import { type EmbeddingsEnvelope, joinEmbeddingAnswers } from "./join-embedding-answers.js";
import { liftBase64Embeddings } from "./lift-base64-embeddings.js";
import { readEmbeddingsAnswer } from "./read-embeddings-answer.js";

// The judge is how every answer was read before lifting: the whole text parsed, then each item decoded. Reading
// an answer through the lift must give what the judge gives, the same vectors or the same error, for every answer.
const meta = { requestId: "req-1", status: 200, baseUrl: "http://127.0.0.1/v1", model: "m", attempts: 1 };
const bufferDecode = (text: string) => Buffer.from(text, "base64");
const decoders = { Buffer: bufferDecode, portable: decodeBase64 };

type Outcome = { vectors: number[][]; model: string | undefined; usage: unknown } | { error: string };

function outcome(read: () => EmbeddingsEnvelope, decode: (text: string) => Uint8Array): Outcome {
  try {
    const envelope = read();
    const joined = joinEmbeddingAnswers([{ data: envelope, meta }], [envelope.data.length], decode);
    return { vectors: joined.embeddings.map((vector) => Array.from(vector)), model: joined.model, usage: joined.usage };
  } catch (error) {
    const { code, requestId } = error as { code?: string; requestId?: string };
    return { error: `${code}: ${String(error)} (request ${requestId})` };
  }
}

const judge = (text: string, decode: (text: string) => Uint8Array) =>
  outcome(() => parseOperationResponse<EmbeddingsEnvelope>(embeddingsOperation, text, meta, embeddingsEnvelopeSchema()), decode);

/** `bytes` cut into pieces of `pieceSize` (all of it in one when undefined), as a transport may deliver them. */
function piecesOf(bytes: Uint8Array, pieceSize?: number): Uint8Array[] {
  if (pieceSize === undefined) return [bytes];
  return Array.from({ length: Math.ceil(bytes.byteLength / pieceSize) }, (_, index) => bytes.subarray(index * pieceSize, (index + 1) * pieceSize));
}

function responseOf(bytes: Uint8Array, options: { pieceSize?: number; withPieces?: boolean } = {}): TransportResponse {
  return {
    status: 200,
    headers: { get: () => undefined },
    body: (async function* () {
      yield bytes;
    })(),
    text: async () => new TextDecoder().decode(bytes),
    ...(options.withPieces === false ? {} : { pieces: async () => piecesOf(bytes, options.pieceSize) }),
  };
}

async function lifted(bytes: Uint8Array, decode: (text: string) => Uint8Array, pieceSize?: number): Promise<Outcome> {
  let envelope: EmbeddingsEnvelope | undefined;
  let failure: unknown;
  try {
    envelope = await readEmbeddingsAnswer(responseOf(bytes, { pieceSize }), meta, decode);
  } catch (error) {
    failure = error;
  }
  return outcome(() => {
    if (!envelope) throw failure;
    return envelope;
  }, decode);
}

const base64Of = (values: number[]) => Buffer.from(Float32Array.from(values).buffer).toString("base64");

/** An answer as OpenAI writes it: compact, base64, in order. */
function answerText(vectors: number[][], options: { model?: string; separator?: string } = {}): string {
  const items = vectors.map((values, index) => `{"object":"embedding","index":${index},"embedding":"${base64Of(values)}"}`);
  const model = options.model ?? "text-embedding-3-small";
  return `{"object":"list","data":[${items.join(options.separator ?? ",")}],"model":"${model}","usage":{"prompt_tokens":${vectors.length},"total_tokens":${vectors.length}}}`;
}

/** Vectors of 1 to 6 floats: their base64 ends with every kind of padding. */
const vectors = Array.from({ length: 6 }, (_, row) => Array.from({ length: row + 1 }, (_, column) => (row + 1) * 0.5 - column * 1.25 + 1e-7));

const cases: Record<string, string> = {
  "the usual answer": answerText(vectors),
  "whitespace around every colon and comma": JSON.stringify(JSON.parse(answerText(vectors)), null, "\t").replace(/":/g, '" \r\n :  '),
  "items out of order, keys reordered": `{"data":[{"embedding":"${base64Of([3])}","index":1},{"index":0,"embedding":"${base64Of([2])}"}],"model":"m"}`,
  "a model name with characters of several bytes": answerText(vectors, { model: "模型-ümlaut-🙂" }),
  "an empty embedding": `{"data":[{"index":0,"embedding":""}],"model":"m"}`,
  "escaped slashes in base64, as some gateways write them": answerText([[1e30, -3.4e38, 7.7e-39]]).replace(/\//g, "\\/"),
  "a backslash elsewhere": answerText(vectors, { model: 'a\\"b' }),
  "number lists": `{"data":[{"index":0,"embedding":[0.5,1.5]}],"model":"m"}`,
  "one list, one base64": `{"data":[{"index":0,"embedding":[0.5]},{"index":1,"embedding":"${base64Of([1.5])}"}],"model":"m"}`,
  "an embedding key nested in another field": `{"data":[{"index":0,"embedding":"${base64Of([1])}","extra":{"embedding":"${base64Of([2])}"}}],"model":"m"}`,
  "a repeated embedding key": `{"data":[{"index":0,"embedding":"${base64Of([1])}","embedding":"${base64Of([2])}"},{"index":1,"embedding":[3]}],"model":"m"}`,
  "a repeated data key": `{"data":[{"index":0,"embedding":"${base64Of([1])}"}],"data":[{"index":0,"embedding":"${base64Of([2])}"}],"model":"m"}`,
  "an embedding key outside data": `{"embedding":"${base64Of([9])}","data":[{"index":0,"embedding":"${base64Of([1])}"}],"model":"m"}`,
  "a key ending in an escaped quote and embedding, beside the real key written with an escape": `{"data":[{"index":0,"embe\\u0064ding":"","x\\"embedding":"${base64Of([4])}"}],"model":"m"}`,
  "the key written with an escape": `{"data":[{"index":0,"embe\\u0064ding":"${base64Of([1])}"}],"model":"m"}`,
  "a raw control character in base64": answerText([[1, 2, 3]]).replace(/"embedding":"(....)./, '"embedding":"$1\u0001'),
  "a raw line feed added to base64": answerText([[1, 2, 3]]).replace(/"embedding":"(....)/, '"embedding":"$1\n'),
  "a character that is not base64": answerText([[1, 2, 3]]).replace(/"embedding":"(....)./, '"embedding":"$1!'),
  "a character of two bytes in base64": answerText([[1, 2, 3]]).replace(/"embedding":"(....)./, '"embedding":"$1é'),
  "a stray padding character": answerText([[1, 2, 3]]).replace(/"embedding":"(....)./, '"embedding":"$1='),
  "unpadded base64": answerText([[1, 2]]).replace(/=+"/, '"'),
  "a vector that is not whole float32 values": `{"data":[{"index":0,"embedding":"${Buffer.from([1, 2, 3, 4, 5, 6]).toString("base64")}"}],"model":"m"}`,
  "cut in the middle of a vector": answerText(vectors).slice(0, 60),
  "an error envelope with status 200": `{"error":{"message":"quota exceeded","type":"insufficient_quota","code":"insufficient_quota"}}`,
  "no data": `{"object":"list","model":"m"}`,
  "not JSON at all": "<html>bad gateway</html>",
};

describe("readEmbeddingsAnswer", () => {
  for (const [name, text] of Object.entries(cases)) {
    for (const [decoderName, decode] of Object.entries(decoders)) {
      it(`reads ${name} as the whole parse does (${decoderName} decoder)`, async () => {
        const bytes = Buffer.from(text);
        const expected = judge(text, decode);
        // In one piece, and cut so that keys, values and characters of several bytes straddle pieces.
        for (const pieceSize of [undefined, 1, 7, 64]) expect(await lifted(bytes, decode, pieceSize), `pieces of ${pieceSize}`).toEqual(expected);
        // A plain Uint8Array (a transport without Buffer) is read alike, only slower.
        expect(await lifted(new Uint8Array(bytes), decode, 7)).toEqual(expected);
      });
    }
  }

  it("takes the embeddings out before parsing for the usual answer, and for nothing it is unsure of", async () => {
    const lift = (text: string) => liftBase64Embeddings(new BodyPieces(piecesOf(Buffer.from(text), 5)), bufferDecode);
    expect(lift(cases["the usual answer"]!)?.vectors).toHaveLength(vectors.length);
    expect(lift(cases["the usual answer"]!)?.envelopeText).toBe(answerText(vectors).replace(/"embedding":"[^"]*"/g, '"embedding":""'));
    const envelope = await readEmbeddingsAnswer(responseOf(Buffer.from(cases["the usual answer"]!)), meta, bufferDecode);
    expect(envelope.data.every((item) => (item as { embedding: unknown }).embedding instanceof Float32Array)).toBe(true);
    const lifts = {
      "whitespace around every colon and comma": true,
      "items out of order, keys reordered": true,
      "a model name with characters of several bytes": true,
      "an empty embedding": true,
      "escaped slashes in base64, as some gateways write them": false,
      "a raw control character in base64": false,
      "a raw line feed added to base64": false,
      "unpadded base64": false,
    };
    for (const [name, lifted] of Object.entries(lifts)) expect(lift(cases[name]!) !== undefined, name).toBe(lifted);
  });

  it("parses the whole text when the transport cannot hand its pieces", async () => {
    const envelope = await readEmbeddingsAnswer(responseOf(Buffer.from(cases["the usual answer"]!), { withPieces: false }), meta, bufferDecode);
    expect(envelope.data.every((item) => typeof (item as { embedding: unknown }).embedding === "string")).toBe(true);
  });

  it("agrees with the whole parse on answers changed at random bytes", async () => {
    // Deterministic: a small linear congruential generator, so a failure names a reproducible case.
    let seed = 13;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const original = answerText(vectors.slice(0, 3), { separator: ", " });
    const replacements = ['"', "\\", ":", " ", "=", "!", "\u0001", "A", "{", "}", ",", "é", "\n", "[", "]"];
    for (let round = 0; round < 400; round += 1) {
      const characters = [...original];
      for (let change = 0; change <= random(3); change += 1) characters[random(characters.length)] = replacements[random(replacements.length)]!;
      const text = characters.join("");
      for (const decode of Object.values(decoders)) expect(await lifted(Buffer.from(text), decode, 1 + random(40)), text).toEqual(judge(text, decode));
    }
  });
});
