export interface ImageType {
  mimeType: string;
  extension: string;
}

/** The image format from its first bytes; servers' content-type headers are often generic or missing. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const startsWith = (...signature: number[]) => signature.every((value, index) => bytes[index] === value);
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { mimeType: "image/png", extension: "png" };
  if (startsWith(0xff, 0xd8, 0xff)) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return { mimeType: "image/gif", extension: "gif" };
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return { mimeType: "image/webp", extension: "webp" };
  return undefined;
}
