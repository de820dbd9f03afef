/** Names refused without asking DNS: cloud metadata services, and names that only mean something locally. */
export type HostNameKind = "metadata" | "local-name";

export const HOST_NAME_KIND_DESCRIPTIONS: Readonly<Record<HostNameKind, string>> = {
  metadata: "a cloud metadata service",
  "local-name": "a local network name",
};

/** Cloud metadata services by name (their addresses are link-local or carrier-grade NAT, refused anyway). */
export const METADATA_HOST_NAMES: readonly string[] = [
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "metadata.azure.internal",
  "metadata.tencentyun.com",
  "instance-data",
  "instance-data.ec2.internal",
];

// localhost (RFC 6761), mDNS (.local), home networks (home.arpa), ICANN's private-use .internal, and the
// never-delegated or habitual intranet suffixes that resolve only inside a company network.
export const LOCAL_NAME_SUFFIXES: readonly string[] = ["localhost", "local", "localdomain", "internal", "intranet", "lan", "home", "corp", "arpa"];

/**
 * Why a host name (lowercase, as a URL parser gives it) must not be fetched, or undefined when only DNS can
 * tell. A single label (`intranet`, `vm`) is completed by the resolver's search domains, so it is local too.
 */
export function classifyHostName(hostname: string): HostNameKind | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (METADATA_HOST_NAMES.includes(name)) return "metadata";
  if (!name.includes(".")) return "local-name";
  const labels = name.split(".");
  return LOCAL_NAME_SUFFIXES.includes(labels.at(-1)!) ? "local-name" : undefined;
}
