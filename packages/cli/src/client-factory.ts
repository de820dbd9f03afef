import type { CrazyrouterClient, RetryPolicy } from "@crazyrouter/core";

/** What a command asks for when it needs a client: everything else stays the core's default. */
export interface ClientFactoryOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs?: number | undefined;
  streamIdleTimeoutMs?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
}

export type ClosableClient = CrazyrouterClient & { close(): Promise<void> };

/**
 * Makes a gateway client. Commands receive one instead of importing the Node client, so tests can add
 * per-call fault headers or point region URLs at a local gateway.
 */
export type ClientFactory = (options: ClientFactoryOptions) => ClosableClient;
