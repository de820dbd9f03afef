/** CRC-32 (IEEE 802.3, as PNG chunks need it), table-driven. */
const table = new Uint32Array(256);
for (let byte = 0; byte < 256; byte++) {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  table[byte] = value >>> 0;
}

export function crc32(...parts: Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      crc = (table[(crc ^ part[index]!) & 0xff]! ^ (crc >>> 8)) >>> 0;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
