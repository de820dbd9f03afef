import { decodeBase64 } from "../embeddings/decode-base64.js";

const DATA_URL_PREFIX = /^data:[^,;]*(?:;[^,;]*)*;base64,/i;

/**
 * The image bytes an answer carries itself: `b64_json`, or a `data:...;base64,` URL that some gateways put in
 * `url`. Undefined when the answer only links to the image. Check them with `checkImageBytes` like downloads.
 */
export function carriedImageBytes(
  image: { url?: string | undefined; b64Json?: string | undefined },
  decode: (text: string) => Uint8Array = decodeBase64,
): Uint8Array | undefined {
  if (image.b64Json) return decode(image.b64Json.replace(/\s+/g, ""));
  const prefix = image.url === undefined ? null : DATA_URL_PREFIX.exec(image.url);
  return prefix ? decode(image.url!.slice(prefix[0].length).replace(/\s+/g, "")) : undefined;
}

/** Whether a link is a data: URL (bytes, not a place to fetch). */
export function isDataUrl(url: string): boolean {
  return /^data:/i.test(url);
}
