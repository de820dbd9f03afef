import { type LookupAddress, type LookupAllOptions, type LookupOptions, lookup as dnsLookup } from "node:dns";
import { ADDRESS_KIND_DESCRIPTIONS, classifyIpAddress } from "./classify-ip-address.js";
import { ImageHostRefusedError } from "./image-host-refused-error.js";

/** Every address a host name resolves to (Node's `dns.lookup` with `all: true` by default). */
export type HostResolver = (hostname: string, options: LookupAllOptions) => Promise<LookupAddress[]>;

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

const systemResolver: HostResolver = (hostname, options) =>
  new Promise((resolve, reject) => dnsLookup(hostname, options, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** Why a name must not be connected to: no address, or any address that is not public. */
function refusalFor(hostname: string, addresses: readonly LookupAddress[]): ImageHostRefusedError | undefined {
  if (addresses.length === 0) return new ImageHostRefusedError("reserved", `${hostname} resolves to no address`);
  for (const { address } of addresses) {
    const kind = classifyIpAddress(address) ?? "reserved";
    if (kind !== "public") return new ImageHostRefusedError(kind, `${hostname} resolves to ${address}, ${ADDRESS_KIND_DESCRIPTIONS[kind]}`);
  }
  return undefined;
}

/**
 * A `lookup` for `net.connect`/`tls.connect` that resolves a name once, refuses it unless every address is
 * public, and hands the socket exactly the addresses it checked: no second resolution, so no window for a
 * DNS answer that changes between the check and the connection (DNS rebinding).
 */
export function createCheckedLookup(resolve: HostResolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }).then(
      (addresses) => {
        const refusal = refusalFor(hostname, addresses);
        if (refusal) {
          callback(refusal, options.all ? [] : "");
          return;
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), options.all ? [] : ""),
    );
  };
}
