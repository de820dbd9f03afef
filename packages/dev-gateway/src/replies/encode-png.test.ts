import { crc32 as zlibCrc32, inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { crc32 } from "./crc32.js";
import { encodePng } from "./encode-png.js";

describe("crc32", () => {
  test("matches node:zlib's CRC-32", () => {
    for (const text of ["", "IEND", "The quick brown fox jumps over the lazy dog"]) {
      expect(crc32(Buffer.from(text))).toBe(zlibCrc32(Buffer.from(text)));
    }
    expect(crc32(Buffer.from("IH"), Buffer.from("DR"))).toBe(zlibCrc32("IHDR"));
  });
});

describe("encodePng", () => {
  test("writes a valid PNG: signature, IHDR, IDAT with filtered rows, IEND, correct CRCs", () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]);
    const png = encodePng(2, 2, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let offset = 8; offset < png.length;) {
      const length = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8);
      const data = png.subarray(offset + 8, offset + 8 + length);
      expect(png.readUInt32BE(offset + 8 + length)).toBe(zlibCrc32(Buffer.concat([type, data])));
      chunks.push({ type: type.toString("latin1"), data });
      offset += 12 + length;
    }
    expect(chunks.map((chunk) => chunk.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([...chunks[0]!.data]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
    expect([...inflateSync(chunks[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 9, 9, 9]);
  });
});
