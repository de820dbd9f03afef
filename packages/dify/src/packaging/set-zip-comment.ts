/** Signature of the end-of-central-directory record (PKWARE APPNOTE 4.3.16). */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/**
 * The same zip with an archive comment. fflate can comment entries but not the archive, so this rewrites the
 * end record it wrote: a zip with no comment ends with that 22-byte record, whose last field is the comment length.
 */
export function setZipComment(zip: Uint8Array, comment: string): Uint8Array {
  const start = zip.length - END_RECORD_BYTES;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (start < 0 || view.getUint32(start, true) !== END_OF_CENTRAL_DIRECTORY || view.getUint16(start + 20, true) !== 0) {
    throw new Error("not a zip that ends with an uncommented end-of-central-directory record");
  }
  const text = new TextEncoder().encode(comment);
  if (text.length > MAX_COMMENT_BYTES) throw new Error(`zip comment of ${text.length} bytes is longer than ${MAX_COMMENT_BYTES}`);
  const result = new Uint8Array(zip.length + text.length);
  result.set(zip);
  result.set(text, zip.length);
  new DataView(result.buffer).setUint16(start + 20, text.length, true);
  return result;
}
