import { mcpServersConfig } from "@crazyrouter/mcp";
import { mcpLaunchOptions } from "../mcp-launch-options.js";
import type { SetupClient } from "../setup-client.js";

/** Claude Desktop: the MCP server in claude_desktop_config.json. */
export const claudeDesktop: SetupClient = {
  id: "claude-desktop",
  aliases: ["claude"],
  title: "Claude Desktop",
  summary: "the MCP server entry for claude_desktop_config.json",
  usesModelList: false,
  render(context) {
    return [
      "Settings, Developer, Edit Config opens claude_desktop_config.json",
      "(macOS: ~/Library/Application Support/Claude/claude_desktop_config.json; Windows: %APPDATA%\\Claude\\claude_desktop_config.json).",
      'Merge this into it (keep servers already under "mcpServers"), then quit and reopen Claude Desktop:',
      "",
      JSON.stringify(mcpServersConfig(mcpLaunchOptions(context)), null, 2),
      "",
      "Needs Node.js 22 or later on PATH for npx. The crazyrouter tools then appear under the tools icon.",
    ].join("\n");
  },
};
