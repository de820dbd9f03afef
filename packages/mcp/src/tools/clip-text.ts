const encoder = new TextEncoder();

/**
 * The longest prefix of `text` whose UTF-8 form fits `maxBytes` (never splitting a character), and whether
 * anything was cut. Sizes are UTF-8 bytes because that is what travels over stdio.
 */
export function clipUtf8(text: string, maxBytes: number): { text: string; cut: boolean; bytes: number } {
  const bytes = encoder.encode(text);
  if (bytes.byteLength <= maxBytes) return { text, cut: false, bytes: bytes.byteLength };
  // A decoder that drops an incomplete trailing sequence instead of replacing it.
  let end = maxBytes;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return { text: new TextDecoder().decode(bytes.subarray(0, end)), cut: true, bytes: bytes.byteLength };
}

/** A value echoed from a gateway answer, cut to `maxChars` with a note of how long it was. */
export function clipEchoed(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars)}... (cut; ${text.length} characters in all)`;
}
