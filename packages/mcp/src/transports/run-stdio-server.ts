import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import type { GatewayAccess } from "../gateway/create-gateway-access.js";
import type { McpLogger } from "../logging/create-stderr-logger.js";
import { createCrazyrouterMcpServer } from "../server/create-crazyrouter-mcp-server.js";

/** Serves MCP over this process's stdin/stdout; `close()` aborts in-flight calls and stops reading. */
export async function runStdioServer(config: McpServerConfig, gateway: GatewayAccess, logger: McpLogger): Promise<{ close(): Promise<void> }> {
  const server = createCrazyrouterMcpServer(config, gateway, logger);
  await server.connect(new StdioServerTransport());
  return { close: () => server.close() };
}
