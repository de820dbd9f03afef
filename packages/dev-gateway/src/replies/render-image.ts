import { createRandom } from "./create-random.js";
import { encodePng } from "./encode-png.js";
import { hashText } from "./hash-text.js";

/** Longest side of the images rendered by default: tests and examples stay fast and small. */
export const PREVIEW_MAX_SIDE = 64;

/** The size actually rendered for a requested size: scaled down to fit PREVIEW_MAX_SIDE, aspect kept. */
export function previewSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PREVIEW_MAX_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A PNG for a prompt. The default is a small diagonal gradient between two colours picked by the prompt's
 * hash (same prompt, same picture). `noise` fills the full requested size with pseudo-random pixels, which
 * do not compress, so clients can test their handling of genuinely large images.
 */
export function renderImage(prompt: string, width: number, height: number, options: { noise?: boolean; variant?: number } = {}): Buffer {
  const seed = hashText(`${options.variant ?? 0}:${prompt}`);
  const pixels = new Uint8Array(width * height * 3);
  if (options.noise) {
    const random = createRandom(seed);
    let index = 0;
    for (; index + 4 <= pixels.length; index += 4) {
      const value = random();
      pixels[index] = value;
      pixels[index + 1] = value >>> 8;
      pixels[index + 2] = value >>> 16;
      pixels[index + 3] = value >>> 24;
    }
    for (; index < pixels.length; index++) pixels[index] = random();
    return encodePng(width, height, pixels, { fast: true });
  }
  const random = createRandom(seed);
  const from = [random() & 0xff, random() & 0xff, random() & 0xff] as const;
  const to = [random() & 0xff, random() & 0xff, random() & 0xff] as const;
  const span = Math.max(1, width + height - 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const mix = (x + y) / span;
      const offset = (y * width + x) * 3;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(from[channel]! + (to[channel]! - from[channel]!) * mix);
      }
    }
  }
  return encodePng(width, height, pixels);
}
