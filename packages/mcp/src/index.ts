/**
 * @crazyrouter/mcp: an MCP server exposing the Crazyrouter gateway (chat, embeddings, image generation, model
 * list) as tools, built on @crazyrouter/core. The `crazyrouter-mcp` bin runs it; this entry lets other code
 * embed the server or produce the client configs (the CLI's `setup` reuses them).
 */
export {
  parseConfig,
  DEFAULT_HTTP_HOST,
  DEFAULT_HTTP_PORT,
  DEFAULT_INLINE_IMAGE_MAX_BYTES,
  type ParsedCommand,
  type Environment,
} from "./config/parse-config.js";
export { ConfigError } from "./config/config-error.js";
export type { McpServerConfig, HttpListenConfig } from "./config/mcp-server-config.js";
export { createGatewayAccess, type GatewayAccess, type GatewayAccessOptions, type GatewayClient } from "./gateway/create-gateway-access.js";
export { createStderrLogger, type McpLogger } from "./logging/create-stderr-logger.js";
export { createCrazyrouterMcpServer } from "./server/create-crazyrouter-mcp-server.js";
export { TOOL_NAMES, resolveToolName, type ToolName } from "./server/tool-names.js";
export { MCP_NODE_REQUIREMENT, SERVER_INFO } from "./server/server-info.js";
export { startHttpServer, MCP_HTTP_PATH, type HttpServerHandle } from "./transports/start-http-server.js";
export { runStdioServer } from "./transports/run-stdio-server.js";
export { stdioLaunch, MCP_PACKAGE_NAME, MCP_SERVER_KEY, API_KEY_PLACEHOLDER, type StdioLaunch, type StdioLaunchOptions } from "./setup/stdio-launch.js";
export { mcpServersConfig, type McpServersConfig } from "./setup/mcp-servers-config.js";
export { cherryStudioConfig, type CherryStudioConfig, type CherryStudioServer } from "./setup/cherry-studio-config.js";
export { cherryStudioInstallLink } from "./setup/cherry-studio-install-link.js";
export { MCP_BUNDLE_FILE, MCPB_FILE } from "./setup/bundle-files.js";
export { mcpbManifest, type McpbManifest } from "./setup/mcpb-manifest.js";
export { BUNDLE_API_KEY_ENV, BUNDLE_BASE_URL_ENV } from "./config/bundle-settings.js";
