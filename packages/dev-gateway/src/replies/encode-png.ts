import { deflateSync } from "node:zlib";
import { crc32 } from "./crc32.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeBytes = Buffer.from(type, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeBytes, data));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/**
 * Encodes 8-bit RGB pixels (`width * height * 3` bytes, rows top to bottom) as a PNG file. `fast` trades
 * compression for speed, for noise images that do not compress anyway.
 */
export function encodePng(width: number, height: number, rgb: Uint8Array, options: { fast?: boolean } = {}): Buffer {
  const stride = width * 3;
  // Each scanline starts with its filter type; 0 (None) keeps the encoder trivial.
  const raw = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row++) {
    raw.set(rgb.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  // Bytes 10-12 (compression, filter, interlace) stay 0.
  const compressed = deflateSync(raw, { level: options.fast ? 1 : 6 });
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", header), chunk("IDAT", compressed), chunk("IEND", Buffer.alloc(0))]);
}
