const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const lookup = new Uint8Array(128);
for (let index = 0; index < alphabet.length; index += 1) lookup[alphabet.charCodeAt(index)] = index;
lookup["-".charCodeAt(0)] = 62;
lookup["_".charCodeAt(0)] = 63;

/** Portable base64 decoder for hosts without Buffer; Node passes Buffer through ClientOptions.decodeBase64. */
export function decodeBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61 /* = */) length -= 1;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let byteIndex = 0;
  let index = 0;
  for (; index + 4 <= length; index += 4) {
    const chunk =
      (lookup[text.charCodeAt(index)]! << 18) |
      (lookup[text.charCodeAt(index + 1)]! << 12) |
      (lookup[text.charCodeAt(index + 2)]! << 6) |
      lookup[text.charCodeAt(index + 3)]!;
    bytes[byteIndex++] = chunk >> 16;
    bytes[byteIndex++] = (chunk >> 8) & 255;
    bytes[byteIndex++] = chunk & 255;
  }
  const rest = length - index;
  if (rest >= 2) {
    const chunk =
      (lookup[text.charCodeAt(index)]! << 18) | (lookup[text.charCodeAt(index + 1)]! << 12) | (rest === 3 ? lookup[text.charCodeAt(index + 2)]! << 6 : 0);
    bytes[byteIndex++] = chunk >> 16;
    if (rest === 3) bytes[byteIndex++] = (chunk >> 8) & 255;
  }
  return bytes;
}
