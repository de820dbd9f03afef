import type { AddressKind } from "./classify-ip-address.js";
import type { ImageUrlAccess, ImageUrlRefusal } from "./check-image-url.js";
import type { ImageType } from "./sniff-image-type.js";

export interface ImageUrlCase {
  url: string;
  /** The configured gateway's canonical base URL; links on its origin are trusted like the gateway. */
  gateway?: string;
  expected: ImageUrlAccess | ImageUrlRefusal;
}

export interface AddressCase {
  /** As a resolver answers it. */
  address: string;
  expected: AddressKind;
}

export interface SignatureCase {
  /** The first bytes of a download, as hex. */
  hex: string;
  expected: ImageType["mimeType"] | null;
}

const DEV_GATEWAY = "http://127.0.0.1:8787/v1";
const PUBLIC_GATEWAY = "https://crazyrouter.com/v1";
const PNG = "89504e470d0a1a0a0000000d49484452";

/**
 * The image-download rules as data: which links may be fetched, which resolved addresses are internal,
 * which first bytes are images. TypeScript (core, used by MCP and n8n) and Python (the Dify plugin) each run
 * every row; a rule changes here, once, and both runtimes must follow.
 */
export const IMAGE_DOWNLOAD_RULE_CASES: { urls: ImageUrlCase[]; addresses: AddressCase[]; signatures: SignatureCase[] } = {
  urls: [
    // Public hosts and the gateway's own origin.
    { url: "https://cdn.example.com/images/a.png", expected: "name" },
    { url: "https://CDN.Example.COM./a.png?sig=1#x", expected: "name" },
    { url: "https://8.8.8.8/a.png", expected: "public-address" },
    { url: "http://[2606:4700:4700::1111]:8080/a.png", expected: "public-address" },
    { url: "http://[::ffff:8.8.8.8]/a.png", expected: "public-address" },
    { url: "http://172.32.0.1/a.png", expected: "public-address" },
    { url: "http://100.128.0.1/a.png", expected: "public-address" },
    { url: "http://127.0.0.1:8787/__dev/images/a.png", gateway: DEV_GATEWAY, expected: "gateway" },
    { url: "https://crazyrouter.com:443/files/a.png", gateway: PUBLIC_GATEWAY, expected: "gateway" },
    { url: "https://images.crazyrouter.com/a.png", gateway: PUBLIC_GATEWAY, expected: "name" },
    { url: "http://crazyrouter.com/a.png", gateway: PUBLIC_GATEWAY, expected: "name" },
    // Loopback, in every spelling a URL parser accepts.
    { url: "http://127.0.0.1:8788/secret", gateway: DEV_GATEWAY, expected: "loopback" },
    { url: "http://127.0.0.1:8787/a.png", gateway: "http://127.0.0.1:8788/v1", expected: "loopback" },
    { url: "https://127.0.0.1:8787/a.png", gateway: DEV_GATEWAY, expected: "loopback" },
    { url: "http://127.1/", expected: "loopback" },
    { url: "http://127.0.0.1./", expected: "loopback" },
    { url: "http://2130706433/", expected: "loopback" },
    { url: "http://0x7f000001/", expected: "loopback" },
    { url: "http://0x7f.1/", expected: "loopback" },
    { url: "http://0177.0.0.1/", expected: "loopback" },
    { url: "http://017700000001/", expected: "loopback" },
    { url: "http://0x7F.0x00.0x00.0x01/", expected: "loopback" },
    { url: "http://%31%32%37.0.0.1/", expected: "loopback" },
    { url: "http://127\u30020\u30020\u30021/", expected: "loopback" },
    { url: "http://[::1]:8080/", expected: "loopback" },
    { url: "http://[0:0:0:0:0:0:0:1]/", expected: "loopback" },
    { url: "http://[::ffff:127.0.0.1]/", expected: "loopback" },
    { url: "http://[::ffff:7f00:1]/", expected: "loopback" },
    { url: "http://[64:ff9b::7f00:1]/", expected: "loopback" },
    { url: "http://[2002:7f00:1::1]/", expected: "loopback" },
    // Cloud metadata and other internal ranges.
    { url: "http://169.254.169.254/latest/meta-data/", expected: "link-local" },
    { url: "http://0xa9.0xfe.0xa9.0xfe/", expected: "link-local" },
    { url: "http://2852039166/", expected: "link-local" },
    { url: "http://[::ffff:169.254.169.254]/", expected: "link-local" },
    { url: "http://[fe80::1]/", expected: "link-local" },
    { url: "http://[fd00:ec2::254]/latest/meta-data/", expected: "unique-local" },
    { url: "http://[fc00::1]/", expected: "unique-local" },
    { url: "http://100.100.100.200/latest/meta-data/", expected: "shared" },
    { url: "http://100.64.0.1/", expected: "shared" },
    { url: "http://10.0.0.5/a.png", expected: "private" },
    { url: "http://172.16.3.4/a.png", expected: "private" },
    { url: "http://192.168.1.1/a.png", expected: "private" },
    { url: "http://[::ffff:192.168.1.1]/a.png", expected: "private" },
    { url: "http://0.0.0.0:8080/", expected: "unspecified" },
    { url: "http://0/", expected: "unspecified" },
    { url: "http://0x/", expected: "unspecified" },
    { url: "http://[::]/", expected: "unspecified" },
    { url: "http://224.0.0.1/", expected: "multicast" },
    { url: "http://[ff02::1]/", expected: "multicast" },
    { url: "http://255.255.255.255/", expected: "reserved" },
    { url: "http://4294967295/", expected: "reserved" },
    { url: "http://192.0.2.10/", expected: "reserved" },
    { url: "http://[2001:db8::1]/", expected: "reserved" },
    { url: "http://[::127.0.0.1]/", expected: "loopback" },
    // Names that only mean something locally.
    { url: "http://metadata.google.internal/computeMetadata/v1/", expected: "metadata" },
    { url: "http://metadata/computeMetadata/v1/", expected: "metadata" },
    { url: "http://instance-data/latest/", expected: "metadata" },
    { url: "http://localhost:8080/a.png", expected: "local-name" },
    { url: "http://LOCALHOST./a.png", expected: "local-name" },
    { url: "http://images.localhost/a.png", expected: "local-name" },
    { url: "http://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54/a.png", expected: "local-name" },
    { url: "http://localhost:8787/a.png", gateway: DEV_GATEWAY, expected: "local-name" },
    { url: "http://printer.local/a.png", expected: "local-name" },
    { url: "http://db.corp.internal/a.png", expected: "local-name" },
    { url: "http://nas.home.arpa/a.png", expected: "local-name" },
    { url: "http://intranet/a.png", expected: "local-name" },
    // Not a fetchable http(s) link at all.
    { url: "ftp://cdn.example.com/a.png", expected: "scheme" },
    { url: "file:///etc/passwd", expected: "scheme" },
    { url: "javascript:alert(1)", expected: "scheme" },
    { url: "gopher://127.0.0.1:6379/_INFO", expected: "scheme" },
    { url: "https://user:secret@cdn.example.com/a.png", expected: "credentials" },
    { url: "http://127.0.0.1\\@cdn.example.com/a.png", expected: "invalid-url" },
    { url: "http://cdn.example.com/a b.png", expected: "invalid-url" },
    { url: "http://cdn.example.com/a\n.png", expected: "invalid-url" },
    { url: "http://1.2.3.4.5/", expected: "invalid-url" },
    { url: "http://256.0.0.1/", expected: "invalid-url" },
    { url: "http://1.2.3.09/", expected: "invalid-url" },
    { url: "http://4294967296/", expected: "invalid-url" },
    { url: "http://[fe80::1%25eth0]/", expected: "invalid-url" },
    { url: "/relative/a.png", expected: "invalid-url" },
    { url: "", expected: "invalid-url" },
  ],
  addresses: [
    { address: "8.8.8.8", expected: "public" },
    { address: "93.184.216.34", expected: "public" },
    { address: "172.32.0.1", expected: "public" },
    { address: "100.128.0.1", expected: "public" },
    { address: "2606:4700:4700::1111", expected: "public" },
    { address: "2a00:1450:4001:81b::200e", expected: "public" },
    { address: "::ffff:8.8.8.8", expected: "public" },
    { address: "64:ff9b::808:808", expected: "public" },
    { address: "127.0.0.1", expected: "loopback" },
    { address: "127.255.255.254", expected: "loopback" },
    { address: "::1", expected: "loopback" },
    { address: "::ffff:127.0.0.1", expected: "loopback" },
    { address: "::ffff:7f00:1", expected: "loopback" },
    { address: "10.1.2.3", expected: "private" },
    { address: "172.16.0.1", expected: "private" },
    { address: "172.31.255.255", expected: "private" },
    { address: "192.168.0.1", expected: "private" },
    { address: "2002:c0a8:101::1", expected: "private" },
    { address: "169.254.169.254", expected: "link-local" },
    { address: "169.254.0.23", expected: "link-local" },
    { address: "fe80::1", expected: "link-local" },
    { address: "febf:ffff::1", expected: "link-local" },
    { address: "64:ff9b::a9fe:a9fe", expected: "link-local" },
    { address: "100.64.0.1", expected: "shared" },
    { address: "100.127.255.255", expected: "shared" },
    { address: "fc00::1", expected: "unique-local" },
    { address: "fd00:ec2::254", expected: "unique-local" },
    { address: "0.0.0.0", expected: "unspecified" },
    { address: "0.1.2.3", expected: "unspecified" },
    { address: "::", expected: "unspecified" },
    { address: "224.0.0.251", expected: "multicast" },
    { address: "239.255.255.250", expected: "multicast" },
    { address: "ff02::fb", expected: "multicast" },
    { address: "240.0.0.1", expected: "reserved" },
    { address: "255.255.255.255", expected: "reserved" },
    { address: "192.0.0.170", expected: "reserved" },
    { address: "192.0.2.1", expected: "reserved" },
    { address: "198.18.0.1", expected: "reserved" },
    { address: "198.51.100.7", expected: "reserved" },
    { address: "203.0.113.9", expected: "reserved" },
    { address: "2001:db8::1", expected: "reserved" },
    { address: "2001:0:4136:e378::1", expected: "reserved" },
    { address: "fec0::1", expected: "reserved" },
    { address: "::2", expected: "reserved" },
    { address: "::8.8.8.8", expected: "reserved" },
    { address: "100::1", expected: "reserved" },
  ],
  signatures: [
    { hex: PNG, expected: "image/png" },
    { hex: "ffd8ffe000104a464946", expected: "image/jpeg" },
    { hex: "474946383961", expected: "image/gif" },
    { hex: "474946383761", expected: "image/gif" },
    { hex: "524946462400000057454250565038", expected: "image/webp" },
    { hex: "524946462400000057415645666d74", expected: null },
    { hex: "89504e47", expected: null },
    { hex: "47494638", expected: null },
    { hex: "3c21444f43545950452068746d6c3e", expected: null },
    { hex: "7b226572726f72223a7b7d7d", expected: null },
    { hex: "", expected: null },
  ],
};
