import { MCP_SERVER_KEY, type StdioLaunch, type StdioLaunchOptions, stdioLaunch } from "./stdio-launch.js";

/** `{ "mcpServers": { "crazyrouter": { command, args, env } } }`: Claude Desktop's and Cursor's shared format. */
export interface McpServersConfig {
  mcpServers: Record<string, StdioLaunch>;
}

/** For claude_desktop_config.json and Cursor's .cursor/mcp.json (or ~/.cursor/mcp.json). */
export function mcpServersConfig(options: StdioLaunchOptions = {}): McpServersConfig {
  return { mcpServers: { [MCP_SERVER_KEY]: stdioLaunch(options) } };
}
