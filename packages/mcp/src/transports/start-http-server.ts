/**
 * `--http`: stateless Streamable HTTP on POST /mcp. Each request gets a fresh MCP server and transport
 * (no sessions to leak or hijack); all share one gateway client. Guarded against DNS rebinding (Host and
 * Origin must be loopback names when bound to loopback; `Origin: null` never passes), by a bearer check when
 * a token is set, and by a cap on the messages and tool calls one request may batch.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isLoopbackHost } from "@crazyrouter/core";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { ConfigError } from "../config/config-error.js";
import type { HttpListenConfig, McpServerConfig } from "../config/mcp-server-config.js";
import type { GatewayAccess } from "../gateway/create-gateway-access.js";
import type { McpLogger } from "../logging/create-stderr-logger.js";
import { createCrazyrouterMcpServer } from "../server/create-crazyrouter-mcp-server.js";
import { bearerTokenMatches } from "./bearer-token-matches.js";
import { checkBatchLimits } from "./check-batch-limits.js";
import { loopbackHostHeaders } from "./loopback-host-headers.js";
import { readJsonBody } from "./read-json-body.js";

export const MCP_HTTP_PATH = "/mcp";
/** In-flight calls get this long to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 2000;

export interface HttpServerHandle {
  /** e.g. http://127.0.0.1:3923/mcp */
  url: string;
  port: number;
  close(): Promise<void>;
}

function refuse(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, code = -32000): void {
  const body = JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null });
  response.writeHead(status, { "content-type": "application/json", connection: "close", ...headers }).end(body);
}

function hostOfOrigin(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

export async function startHttpServer(
  config: McpServerConfig & { http: HttpListenConfig },
  gateway: GatewayAccess,
  logger: McpLogger,
): Promise<HttpServerHandle> {
  const { host, token } = config.http;
  if (!isLoopbackHost(host) && token === undefined) {
    throw new ConfigError(`Refusing to listen on ${host} without a bearer token; set CRAZYROUTER_MCP_TOKEN or --token-file.`);
  }
  let allowedHosts: ReadonlySet<string> | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // `Origin: null` comes from sandboxed frames, data: pages and file: documents: a browser page with no
    // origin of its own, never an MCP client, so it is refused whatever the bind address.
    if (request.headers.origin === "null") return refuse(response, 403, "Forbidden: requests from an opaque origin (Origin: null) are not accepted.");
    // Bound to a public address, the Host can be any name of this machine; the token is the guard there.
    if (allowedHosts) {
      const hostHeader = (request.headers.host ?? "").toLowerCase();
      if (!allowedHosts.has(hostHeader)) return refuse(response, 403, `Forbidden: Host "${hostHeader}" is not this local server.`);
      const origin = request.headers.origin;
      if (origin !== undefined && !allowedHosts.has(hostOfOrigin(origin) ?? "")) {
        return refuse(response, 403, "Forbidden: cross-origin requests are not accepted.");
      }
    }
    if (token !== undefined && !bearerTokenMatches(request.headers.authorization, token)) {
      return refuse(response, 401, "Unauthorized: send Authorization: Bearer <token>.", { "www-authenticate": 'Bearer realm="crazyrouter-mcp"' });
    }
    const path = (request.url ?? "/").split("?")[0];
    if (path !== MCP_HTTP_PATH) return refuse(response, 404, `Not found: the MCP endpoint is POST ${MCP_HTTP_PATH}.`);
    // Stateless: no GET event stream to resume and no session to DELETE.
    if (request.method !== "POST") return refuse(response, 405, "Method not allowed: this server is stateless; use POST.", { allow: "POST" });

    // Read here, not by the transport, so a batch is counted before any of its messages runs.
    const body = await readJsonBody(request);
    if (!body.ok) return refuse(response, body.status, body.message, {}, body.code);
    const overLimit = checkBatchLimits(body.value);
    if (overLimit) return refuse(response, 400, overLimit, {}, -32600);

    const server = createCrazyrouterMcpServer(config, gateway, logger);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    // Closing the transport when the client goes away aborts in-flight tool calls (and their gateway requests).
    response.on("close", () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(request, response, body.value);
    } catch (error) {
      logger.error(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) refuse(response, 500, "Internal error");
    }
  }

  const httpServer = createServer((request, response) => void handle(request, response));
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.http.port, host, () => {
      httpServer.off("error", reject);
      resolve(httpServer.address() as AddressInfo);
    });
  });
  if (isLoopbackHost(host)) allowedHosts = loopbackHostHeaders(address.port);
  const hostInUrl = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostInUrl}:${address.port}${MCP_HTTP_PATH}`,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
        setTimeout(() => httpServer.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      });
      return closing;
    },
  };
}
