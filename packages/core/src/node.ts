/**
 * @crazyrouter/core/node: the client wired for Node (undici keep-alive transport, node:timers, Buffer's
 * base64), and the image fetcher that checks the addresses a name resolves to before connecting. Adapters
 * running elsewhere (n8n) call `createClient` from the root entry with their own pieces.
 */
import { type CrazyrouterClient, createClient } from "./client/create-client.js";
import type { ClientOptions } from "./client/client-options.js";
import type { Transport } from "./transport/transport.js";
import { nodeDecodeBase64, nodeTimers } from "./node-runtime.js";
import { createUndiciTransport } from "./transport/undici-transport.js";

export { createUndiciTransport, type UndiciTransportOptions } from "./transport/undici-transport.js";
export { nodeDecodeBase64, nodeTimers } from "./node-runtime.js";
export { createUndiciImageFetcher, type UndiciImageFetcherOptions } from "./image-download/undici-image-fetcher.js";
export { createCheckedLookup, type HostResolver } from "./image-download/node-checked-lookup.js";

export type NodeClientOptions = Omit<ClientOptions, "transport" | "timers"> & Partial<Pick<ClientOptions, "transport" | "timers">>;

/**
 * A client with Node defaults; `close()` releases the pooled sockets of the transport it made, so a CLI can exit
 * at once. A transport the caller passes stays the caller's: it is used as given, never changed, and closing the
 * client leaves it open.
 */
export function createNodeClient(options: NodeClientOptions): CrazyrouterClient & { close(): Promise<void> } {
  const { transport, close } = transportFor(options.transport);
  const client = createClient({
    decodeBase64: nodeDecodeBase64,
    ...options,
    transport,
    timers: options.timers ?? nodeTimers,
  });
  return { ...client, close };
}

/** The caller's transport as given (theirs to close), or a pooled one this client owns and closes. */
function transportFor(given: Transport | undefined): { transport: Transport; close: () => Promise<void> } {
  if (given) return { transport: given, close: async () => undefined };
  const own = createUndiciTransport();
  return { transport: own, close: () => own.close() };
}
