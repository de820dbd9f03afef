/**
 * @crazyrouter/core/node: the client wired for Node (undici keep-alive transport, node:timers, Buffer's
 * base64), and the image fetcher that checks the addresses a name resolves to before connecting. Adapters
 * running elsewhere (n8n) call `createClient` from the root entry with their own pieces.
 */
import { type CrazyrouterClient, createClient } from "./client/create-client.js";
import type { ClientOptions } from "./client/client-options.js";
import { nodeDecodeBase64, nodeTimers } from "./node-runtime.js";
import { createUndiciTransport } from "./transport/undici-transport.js";

export { createUndiciTransport, type UndiciTransportOptions } from "./transport/undici-transport.js";
export { nodeDecodeBase64, nodeTimers } from "./node-runtime.js";
export { createUndiciImageFetcher, type UndiciImageFetcherOptions } from "./image-download/undici-image-fetcher.js";
export { createCheckedLookup, type HostResolver } from "./image-download/node-checked-lookup.js";

export type NodeClientOptions = Omit<ClientOptions, "transport" | "timers"> & Partial<Pick<ClientOptions, "transport" | "timers">>;

/** A client with Node defaults; `close()` releases pooled sockets so a CLI can exit at once. */
export function createNodeClient(options: NodeClientOptions): CrazyrouterClient & { close(): Promise<void> } {
  const transport = options.transport ? Object.assign(options.transport, { close: async () => undefined }) : createUndiciTransport();
  const client = createClient({
    decodeBase64: nodeDecodeBase64,
    ...options,
    transport,
    timers: options.timers ?? nodeTimers,
  });
  return Object.assign(client, { close: () => (transport as { close(): Promise<void> }).close() });
}
