/**
 * The bytes of an IP address in the canonical spellings a URL parser or a resolver gives back: a dotted
 * quad (`127.0.0.1`) or IPv6 (`::ffff:7f00:1`, `[fe80::1]`, with an optional dotted tail). Undefined for
 * anything else, names included. Odd IPv4 spellings (`0x7f.1`, `2130706433`) never reach here: the WHATWG
 * URL parser has already turned them into dotted quads.
 */
export function parseIpAddress(text: string): Uint8Array | undefined {
  if (text.startsWith("[")) return text.endsWith("]") ? parseIpv6(text.slice(1, -1)) : undefined;
  return text.includes(":") ? parseIpv6(text) : parseIpv4(text);
}

function parseIpv4(text: string): Uint8Array | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return undefined;
  return Uint8Array.from(parts, Number);
}

function parseIpv6(text: string): Uint8Array | undefined {
  if (!/^[0-9a-f:.]+$/i.test(text)) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  // A dotted IPv4 tail may only end the address.
  const groups = (half: string | undefined, endsAddress: boolean): number[] | undefined => {
    if (half === undefined || half === "") return [];
    const words: number[] = [];
    const pieces = half.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (endsAddress && index === pieces.length - 1 && piece.includes(".")) {
        const tail = parseIpv4(piece);
        if (!tail) return undefined;
        words.push((tail[0]! << 8) | tail[1]!, (tail[2]! << 8) | tail[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(piece)) {
        words.push(Number.parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return words;
  };
  const head = groups(halves[0], halves.length === 1);
  const tail = groups(halves[1], true);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const words = [...head, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [index, word] of words.entries()) {
    bytes[index * 2] = word >> 8;
    bytes[index * 2 + 1] = word & 0xff;
  }
  return bytes;
}
