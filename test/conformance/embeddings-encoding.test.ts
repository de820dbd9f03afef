/**
 * The embeddings encoding policy: every platform asks for base64 (about four times smaller than JSON numbers, and
 * exact) except Coze, which cannot decode it and asks for float. The vectors must be the same either way: what a
 * Coze tool hands its model, what the core client decodes, and an independent decode of the wire bytes are
 * bit-identical float32 values.
 */
import { createNodeClient } from "@crazyrouter/core/node";
import type { StoredPluginDocument } from "@crazyrouter/coze";
import { generatedStoredSpec, runAgainstDevGateway } from "@crazyrouter/coze/testing";
import type { DevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConformanceGateway } from "./conformance-gateway.js";

const texts = ["bit-identical vectors", "東京タワー", "🙂"];
const model = "text-embedding-3-small";

let gateway: DevGateway;
let stored: StoredPluginDocument;
beforeAll(async () => {
  gateway = await startConformanceGateway();
  stored = generatedStoredSpec();
}, 300_000);
afterAll(() => gateway.close());

/** The float32 bit patterns of a vector, so -0, NaN payloads and every last bit count. */
function bits(vector: ArrayLike<number>): number[] {
  const view = new DataView(new ArrayBuffer(4));
  return Array.from(vector, (value) => {
    view.setFloat32(0, value, true);
    return view.getUint32(0, true);
  });
}

/** Decodes base64 of packed little-endian float32 byte by byte, apart from any client's decoder. */
function decodeLittleEndianFloat32(base64: string): number[] {
  const bytes = Buffer.from(base64, "base64");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.byteLength / 4 }, (_, index) => view.getFloat32(index * 4, true));
}

describe("embeddings encoding: base64 everywhere, float in Coze, the same vectors", () => {
  it("gives a Coze tool's float vectors and the base64 vectors every other platform decodes bit for bit", async () => {
    const coze = await runAgainstDevGateway(gateway, stored, "crazyrouter_embeddings", { model, input: texts }, "agent");
    const cozeVectors = (JSON.parse(coze.trimmedResponse) as { data: Array<{ embedding: number[] }> }).data.map((item) => item.embedding);

    const client = createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.baseUrl });
    const core = await client.embed({ model, input: texts });
    await client.close();

    const wire = await fetch(`${gateway.baseUrl}/embeddings`, {
      method: "POST",
      headers: { authorization: `Bearer ${gateway.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model, input: texts, encoding_format: "base64" }),
    });
    const independent = ((await wire.json()) as { data: Array<{ embedding: string }> }).data.map((item) => decodeLittleEndianFloat32(item.embedding));

    expect(cozeVectors).toHaveLength(texts.length);
    texts.forEach((text, index) => {
      const floats = cozeVectors[index] ?? [];
      expect(floats.length, text).toBe(1536);
      // JSON carries each value as the shortest decimal of its float32 (as the API does); read as float32, as every
      // embedding store keeps it, it is the very value base64 carries.
      expect(bits(floats), text).toEqual(bits(independent[index] ?? []));
      expect(bits(core.embeddings[index] ?? []), text).toEqual(bits(independent[index] ?? []));
    });
  });
});
