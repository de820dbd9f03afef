import { ADDRESS_KIND_DESCRIPTIONS, type AddressKind, classifyIpAddress } from "./classify-ip-address.js";
import { classifyHostName, HOST_NAME_KIND_DESCRIPTIONS, type HostNameKind } from "./classify-host-name.js";

/** Why an image link is not fetched. */
export type ImageUrlRefusal = "invalid-url" | "scheme" | "credentials" | HostNameKind | Exclude<AddressKind, "public">;

/**
 * How an allowed link is fetched: `gateway` (the configured gateway's own origin, trusted like the gateway),
 * `public-address` (a literal public IP) or `name` (a host name whose addresses the connection checks when it
 * resolves them, and connects to exactly those).
 */
export type ImageUrlAccess = "gateway" | "public-address" | "name";

export type ImageUrlVerdict = { allowed: true; access: ImageUrlAccess; url: URL } | { allowed: false; reason: ImageUrlRefusal; message: string };

// Control characters, spaces and backslashes are read differently by different URL parsers (WHATWG turns `\`
// into `/`, Python's urlsplit does not), which is how checks and fetches get to disagree about the host.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern.
const AMBIGUOUS_CHARACTERS = /[\u0000-\u0020\u007f\\]/;

const refuse = (reason: ImageUrlRefusal, message: string): ImageUrlVerdict => ({ allowed: false, reason, message });

function originOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The one rule for links a gateway answer names (generated images): fetch only http(s) links on the
 * gateway's own origin or on public hosts. Loopback, private, link-local (cloud metadata), carrier-grade
 * NAT, unique-local, unspecified, multicast and reserved addresses are refused in every spelling the URL
 * parser accepts (decimal, octal and hex IPv4, IPv4-mapped IPv6), and so are local names. Public-looking
 * names pass here; the fetcher must check the addresses they resolve to and connect to exactly those.
 * The same rule runs in Python (Dify) against the same table (`IMAGE_DOWNLOAD_RULE_CASES`).
 */
export function checkImageUrl(link: string, gatewayBaseUrl: string | undefined): ImageUrlVerdict {
  if (AMBIGUOUS_CHARACTERS.test(link)) return refuse("invalid-url", "the link contains spaces, control characters or backslashes");
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return refuse("invalid-url", "the link is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse("scheme", `the link uses ${url.protocol}, not http or https`);
  if (url.username !== "" || url.password !== "") return refuse("credentials", "the link carries a user name or password");
  if (url.origin === originOf(gatewayBaseUrl)) return { allowed: true, access: "gateway", url };
  const host = url.hostname;
  const addressKind = classifyIpAddress(host);
  if (addressKind === "public") return { allowed: true, access: "public-address", url };
  if (addressKind !== undefined) return refuse(addressKind, `${host} is ${ADDRESS_KIND_DESCRIPTIONS[addressKind]}`);
  const nameKind = classifyHostName(host);
  if (nameKind !== undefined) return refuse(nameKind, `${host} is ${HOST_NAME_KIND_DESCRIPTIONS[nameKind]}`);
  return { allowed: true, access: "name", url };
}
