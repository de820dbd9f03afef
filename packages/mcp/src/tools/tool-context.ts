import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { ServerNotification, ServerRequest } from "@modelcontextprotocol/sdk/types.js";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import type { GatewayAccess } from "../gateway/create-gateway-access.js";
import type { McpLogger } from "../logging/create-stderr-logger.js";

/** What every tool handler gets besides its arguments. */
export interface ToolContext {
  config: McpServerConfig;
  gateway: GatewayAccess;
  logger: McpLogger;
}

/** The SDK's per-request extras: the cancellation signal, the progress token, notifications. */
export type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;
