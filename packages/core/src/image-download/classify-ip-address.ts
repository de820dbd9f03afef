import { parseIpAddress } from "./parse-ip-address.js";

/** What an address reaches. Everything but `public` is refused as an image host. */
export type AddressKind = "public" | "loopback" | "private" | "link-local" | "shared" | "unique-local" | "unspecified" | "multicast" | "reserved";

/** How notes name each kind ("127.0.0.1 is a loopback address"); the Python mirror reads the same words. */
export const ADDRESS_KIND_DESCRIPTIONS: Readonly<Record<Exclude<AddressKind, "public">, string>> = {
  loopback: "a loopback address (this machine)",
  private: "a private network address",
  "link-local": "a link-local address (cloud metadata services live there)",
  shared: "a carrier-grade NAT address (100.64.0.0/10)",
  "unique-local": "an IPv6 unique-local address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  reserved: "a reserved or documentation address",
};

/** IANA's IPv4 special-purpose registry as the kinds this project refuses (generated into the Python mirror too). */
export const IPV4_SPECIAL_RANGES: readonly (readonly [cidr: string, kind: Exclude<AddressKind, "public">])[] = [
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  ["192.0.2.0/24", "reserved"],
  ["192.88.99.0/24", "reserved"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "reserved"],
  ["198.51.100.0/24", "reserved"],
  ["203.0.113.0/24", "reserved"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
];

const IPV4_RANGES = IPV4_SPECIAL_RANGES.map(([cidr, kind]) => {
  const [network = "", prefixBits = "0"] = cidr.split("/");
  return [network.split(".").map(Number), Number(prefixBits), kind] as const;
});

function inPrefix(bytes: Uint8Array, octets: readonly number[], prefixBits: number, offset = 0): boolean {
  for (let bit = 0; bit < prefixBits; bit += 8) {
    const width = Math.min(8, prefixBits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if ((bytes[offset + bit / 8]! & mask) !== ((octets[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function classifyIpv4(bytes: Uint8Array, offset = 0): AddressKind {
  for (const [octets, prefixBits, kind] of IPV4_RANGES) if (inPrefix(bytes, octets, prefixBits, offset)) return kind;
  return "public";
}

const isZero = (bytes: Uint8Array, from: number, to: number) => bytes.subarray(from, to).every((byte) => byte === 0);

/** The kind of an IPv4 address carried inside an IPv6 one, or `fallback` when the carried one is public. */
function embedded(bytes: Uint8Array, offset: number, fallback: AddressKind): AddressKind {
  const kind = classifyIpv4(bytes, offset);
  return kind === "public" ? fallback : kind;
}

function classifyIpv6(bytes: Uint8Array): AddressKind {
  if (isZero(bytes, 0, 10)) {
    // ::ffff:a.b.c.d reaches a.b.c.d itself; ::a.b.c.d (deprecated) and ::/::1 are handled here too.
    if (bytes[10] === 0xff && bytes[11] === 0xff) return classifyIpv4(bytes, 12);
    if (isZero(bytes, 10, 15)) return bytes[15] === 0 ? "unspecified" : bytes[15] === 1 ? "loopback" : "reserved";
    if (isZero(bytes, 10, 12)) return embedded(bytes, 12, "reserved");
  }
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach the IPv4 address they carry.
  if (inPrefix(bytes, [0x00, 0x64, 0xff, 0x9b], 32) && isZero(bytes, 4, 12)) return embedded(bytes, 12, "public");
  if (inPrefix(bytes, [0x20, 0x02], 16)) return embedded(bytes, 2, "public");
  if (bytes[0] === 0xff) return "multicast";
  if (inPrefix(bytes, [0xfe, 0x80], 10)) return "link-local";
  if (inPrefix(bytes, [0xfc], 7)) return "unique-local";
  // Only global unicast (2000::/3) is public, minus its documentation and IETF blocks (Teredo among them).
  if (!inPrefix(bytes, [0x20], 3)) return "reserved";
  if (inPrefix(bytes, [0x20, 0x01, 0x0d, 0xb8], 32) || inPrefix(bytes, [0x20, 0x01, 0x00], 23) || inPrefix(bytes, [0x3f, 0xff], 20)) {
    return "reserved";
  }
  return "public";
}

/** The kind of an IP address in canonical spelling; undefined when the text is not an IP address. */
export function classifyIpAddress(address: string): AddressKind | undefined {
  const bytes = parseIpAddress(address);
  if (!bytes) return undefined;
  return bytes.length === 4 ? classifyIpv4(bytes) : classifyIpv6(bytes);
}
