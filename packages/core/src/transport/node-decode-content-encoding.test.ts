import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeContentEncoding } from "./node-decode-content-encoding.js";

const answer = JSON.stringify({ choices: [{ message: { content: "OK ✓" } }] });
/** Sends the bytes in small pieces, as a network would. */
const body = (bytes: Buffer) => Readable.from(Array.from({ length: Math.ceil(bytes.length / 7) }, (_, index) => bytes.subarray(index * 7, index * 7 + 7)));

describe("decodeContentEncoding (node:zlib is the oracle)", () => {
  it.each([
    ["gzip", gzipSync(answer)],
    ["x-gzip", gzipSync(answer)],
    ["deflate", deflateSync(answer)],
    ["deflate", deflateRawSync(answer)],
    ["br", brotliCompressSync(answer)],
    ["GZIP", gzipSync(answer)],
    ["gzip, br", brotliCompressSync(gzipSync(answer))],
  ])("undoes %s", async (encoding, bytes) => {
    expect(await text(decodeContentEncoding(body(bytes), encoding))).toBe(answer);
  });

  it.each([[undefined], [""], ["identity"], ["compress"]])("leaves %j as sent", async (encoding) => {
    const plain = body(Buffer.from(answer));
    expect(decodeContentEncoding(plain, encoding)).toBe(plain);
  });

  it("fails the read on corrupt data instead of hanging", async () => {
    await expect(text(decodeContentEncoding(body(Buffer.from("not gzip at all")), "gzip"))).rejects.toThrow();
  });
});
