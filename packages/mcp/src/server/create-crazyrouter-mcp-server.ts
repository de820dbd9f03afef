import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { McpServerConfig } from "../config/mcp-server-config.js";
import type { GatewayAccess } from "../gateway/create-gateway-access.js";
import type { McpLogger } from "../logging/create-stderr-logger.js";
import { registerChatTool } from "../tools/chat-tool.js";
import { registerEmbeddingsTool } from "../tools/embeddings-tool.js";
import { registerImageTool } from "../tools/image-tool.js";
import { registerListModelsTool } from "../tools/list-models-tool.js";
import type { ToolContext } from "../tools/tool-context.js";
import { noElicitationValidator } from "./no-elicitation-validator.js";
import { SERVER_INFO } from "./server-info.js";
import type { ToolName } from "./tool-names.js";

const registrations: Record<ToolName, (server: McpServer, context: ToolContext) => void> = {
  crazyrouter_chat: registerChatTool,
  crazyrouter_embeddings: registerEmbeddingsTool,
  crazyrouter_generate_image: registerImageTool,
  crazyrouter_list_models: registerListModelsTool,
};

const INSTRUCTIONS =
  "Tools of the Crazyrouter AI gateway (one key for GPT, Claude, Gemini and more). Call crazyrouter_list_models " +
  "to see which models the key may use; crazyrouter_chat asks another model, crazyrouter_embeddings compares texts, " +
  "crazyrouter_generate_image draws images and saves them to disk.";

/**
 * One MCP server exposing the gateway operations allowed by `config.tools`. Cheap to build: over HTTP each
 * request gets its own (stateless mode), all sharing one `GatewayAccess` and its connection pool.
 */
export function createCrazyrouterMcpServer(config: McpServerConfig, gateway: GatewayAccess, logger: McpLogger): McpServer {
  const server = new McpServer(
    { name: SERVER_INFO.name, title: SERVER_INFO.title, version: SERVER_INFO.version },
    { instructions: INSTRUCTIONS, jsonSchemaValidator: noElicitationValidator },
  );
  const context: ToolContext = { config, gateway, logger };
  for (const tool of config.tools) registrations[tool](server, context);
  return server;
}
