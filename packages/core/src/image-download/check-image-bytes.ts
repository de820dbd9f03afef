import type { ImageDownload } from "./download-image.js";
import { IMAGE_DOWNLOAD_MAX_BYTES } from "./image-download-limits.js";
import { sniffImageType } from "./sniff-image-type.js";

/**
 * Whether bytes may be kept as an image: under the size cap and starting with a PNG, JPEG, GIF or WebP
 * signature. `declaredType` (a Content-Type, never trusted) only explains a refusal.
 */
export function checkImageBytes(bytes: Uint8Array, options: { maxBytes?: number | undefined; declaredType?: string | null | undefined } = {}): ImageDownload {
  const maxBytes = options.maxBytes ?? IMAGE_DOWNLOAD_MAX_BYTES;
  if (bytes.byteLength > maxBytes) return { ok: false, reason: "too-large", message: `the image is over the ${maxBytes}-byte limit` };
  const type = sniffImageType(bytes);
  if (type) return { ok: true, bytes, type };
  const declared = options.declaredType?.split(";")[0]?.trim().slice(0, 60);
  return {
    ok: false,
    reason: "not-image",
    message: `the bytes are not a PNG, JPEG, GIF or WebP image${declared ? ` (the host called them ${declared})` : ""}`,
  };
}
