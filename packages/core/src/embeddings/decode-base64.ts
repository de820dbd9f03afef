const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Not a base64 character: skipped, as Buffer skips it. */
const SKIP = 255;
const lookup = new Uint8Array(256).fill(SKIP);
for (let index = 0; index < alphabet.length; index += 1) lookup[alphabet.charCodeAt(index)] = index;
lookup["-".charCodeAt(0)] = 62;
lookup["_".charCodeAt(0)] = 63;

const valueOf = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code < 256 ? lookup[code]! : SKIP;
};

/**
 * Portable base64 decoder for hosts without Buffer; Node passes Buffer through ClientOptions.decodeBase64.
 * Like Buffer, it skips characters outside the alphabet (both URL-safe and standard letters count) and stops
 * at the first `=`, so a text with a stray character decodes to fewer bytes, never to made-up ones.
 */
export function decodeBase64(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let byteIndex = 0;
  let index = 0;
  // Whole groups of four base64 characters: the usual case, one check per group.
  for (; index + 4 <= text.length; index += 4) {
    const first = valueOf(text, index);
    const second = valueOf(text, index + 1);
    const third = valueOf(text, index + 2);
    const fourth = valueOf(text, index + 3);
    // Values are below 64, so the union reaches SKIP (all eight bits) only when one of them is SKIP.
    if ((first | second | third | fourth) === SKIP) break;
    const chunk = (first << 18) | (second << 12) | (third << 6) | fourth;
    bytes[byteIndex++] = chunk >> 16;
    bytes[byteIndex++] = (chunk >> 8) & 255;
    bytes[byteIndex++] = chunk & 255;
  }
  // The rest one character at a time: padding, a short end, or characters to skip.
  let chunk = 0;
  let pending = 0;
  for (; index < text.length; index += 1) {
    if (text.charCodeAt(index) === 61 /* = */) break;
    const value = valueOf(text, index);
    if (value === SKIP) continue;
    chunk = (chunk << 6) | value;
    pending += 1;
    if (pending === 4) {
      bytes[byteIndex++] = chunk >> 16;
      bytes[byteIndex++] = (chunk >> 8) & 255;
      bytes[byteIndex++] = chunk & 255;
      chunk = 0;
      pending = 0;
    }
  }
  if (pending >= 2) {
    chunk <<= 6 * (4 - pending);
    bytes[byteIndex++] = chunk >> 16;
    if (pending === 3) bytes[byteIndex++] = (chunk >> 8) & 255;
  }
  return byteIndex === bytes.length ? bytes : bytes.subarray(0, byteIndex);
}
