import { type CrazyrouterClient, CrazyrouterError, type ImageFetcher } from "@crazyrouter/core";
import type { NodeClientOptions, UndiciImageFetcherOptions } from "@crazyrouter/core/node";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import type { McpLogger } from "../logging/create-stderr-logger.js";
import { SERVER_INFO } from "../server/server-info.js";
import { missingApiKeyError } from "./missing-api-key-error.js";

export type GatewayClient = CrazyrouterClient & { close(): Promise<void> };

/** The one gateway client of a server process, shared by every MCP session and HTTP request. */
export interface GatewayAccess {
  /** Creates the client on first use; rejects with a `CrazyrouterError` saying how to fix a missing or broken key or URL. */
  client(): Promise<GatewayClient>;
  /** A fetcher for image links (one per tool call; close it after): names must resolve to public addresses. */
  imageFetcher(): Promise<ImageFetcher & { close(): Promise<void> }>;
  /** Values no output or log may contain. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

export interface GatewayAccessOptions {
  logger?: McpLogger | undefined;
  /** Overrides for the core client (tests inject transports or a faster retry policy). */
  clientOptions?: Partial<NodeClientOptions> | undefined;
  /** Overrides for the image fetcher (tests point host names at loopback with a resolver). */
  imageFetcherOptions?: UndiciImageFetcherOptions | undefined;
}

export function createGatewayAccess(config: McpServerConfig, options: GatewayAccessOptions = {}): GatewayAccess {
  let created: Promise<GatewayClient> | undefined;
  let closed = false;

  async function createClient(): Promise<GatewayClient> {
    if (config.apiKey === undefined) throw missingApiKeyError();
    // Loaded on the first call, not at startup: undici and the client are not needed to answer tools/list.
    const { createNodeClient } = await import("@crazyrouter/core/node");
    let client: GatewayClient;
    try {
      client = createNodeClient({
        apiKey: config.apiKey,
        baseUrl: config.baseUrl,
        timeoutMs: config.timeoutMs,
        headers: config.extraHeaders,
        userAgent: `crazyrouter-mcp/${SERVER_INFO.version}`,
        logger: options.logger && { info: (message) => options.logger?.info(message), warn: (message) => options.logger?.warn(message) },
        ...options.clientOptions,
      });
    } catch (error) {
      throw nameTheVariable(error);
    }
    for (const note of client.configNotes) options.logger?.info(`configuration: ${note}`);
    return client;
  }

  return {
    secrets: config.apiKey === undefined ? [] : [config.apiKey],
    client() {
      if (closed) return Promise.reject(new Error("the server is shutting down"));
      // A failed creation is not cached: the error is cheap to rebuild and must reach every call.
      created ??= createClient().catch((error: unknown) => {
        created = undefined;
        throw error;
      });
      return created;
    },
    async imageFetcher() {
      const { createUndiciImageFetcher } = await import("@crazyrouter/core/node");
      return createUndiciImageFetcher(options.imageFetcherOptions);
    },
    async close() {
      closed = true;
      const client = await created?.catch(() => undefined);
      await client?.close();
    },
  };
}

/** The environment variable behind each setting the core can reject, so the fix names what to edit. */
const VARIABLES: Readonly<Record<string, string>> = { baseUrl: "CRAZYROUTER_BASE_URL", apiKey: "CRAZYROUTER_API_KEY" };

function nameTheVariable(error: unknown): unknown {
  const variable = CrazyrouterError.isInstance(error) && error.field ? VARIABLES[error.field] : undefined;
  if (!variable || !CrazyrouterError.isInstance(error)) return error;
  return new CrazyrouterError({
    ...error.toJSON(),
    message: `${variable}: ${error.message}`,
    hint: `${error.hint} Change or remove ${variable} in the "env" block of this server in your MCP client's config, then restart the server.`,
  });
}
