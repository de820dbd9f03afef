import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { decodeBase64 } from "./decode-base64.js";
import { decodeEmbedding } from "./decode-embedding.js";

describe("decodeEmbedding", () => {
  const values = Float32Array.from([0.5, -1.25, 3.75, 1e-7]);
  const base64 = Buffer.from(values.buffer).toString("base64");

  it("decodes packed float32 base64 with the portable decoder and with Buffer", () => {
    expect(decodeEmbedding(base64, decodeBase64)).toEqual(values);
    expect(decodeEmbedding(base64, (text) => Buffer.from(text, "base64"))).toEqual(values);
  });

  it("accepts number lists from gateways that ignore encoding_format", () => {
    expect(decodeEmbedding([0.5, -1.25, 3.75, 1e-7], decodeBase64)).toEqual(values);
  });

  it("matches Buffer on every padding length", () => {
    for (let length = 0; length < 10; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 37 + 11) % 256);
      expect(decodeBase64(Buffer.from(bytes).toString("base64"))).toEqual(bytes);
    }
  });

  it("skips what Buffer skips and stops where Buffer stops: stray characters, whitespace, an early '='", () => {
    // Deterministic: a small linear congruential generator over characters in and out of the alphabet. Not
    // surrogates: where Buffer meets one it stops rather than skips, and either way the text decodes short.
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n\t!\u0001é€";
    for (let round = 0; round < 2_000; round += 1) {
      const text = Array.from({ length: random(24) }, () => [...characters][random([...characters].length)]).join("");
      expect(decodeBase64(text), JSON.stringify(text)).toEqual(new Uint8Array(Buffer.from(text, "base64")));
    }
  });

  it("copies a misaligned buffer into an aligned vector", () => {
    const backing = Buffer.alloc(values.byteLength + 1);
    Buffer.from(values.buffer).copy(backing, 1);
    expect(decodeEmbedding(base64, () => backing.subarray(1))).toEqual(values);
  });

  it("rejects a truncated vector", () => {
    expect(() => decodeEmbedding(Buffer.from([1, 2, 3]).toString("base64"), decodeBase64)).toThrow(/whole number/);
  });
});
