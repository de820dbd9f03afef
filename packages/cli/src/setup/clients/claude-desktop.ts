import { MCPB_FILE, mcpServersConfig, MCP_NODE_REQUIREMENT } from "@crazyrouter/mcp";
import { bundleBaseUrl, bundleServersJson, mcpFilesSource } from "../mcp-files.js";
import { mcpLaunchOptions } from "../mcp-launch-options.js";
import type { SetupClient } from "../setup-client.js";

/** Claude Desktop: the MCP server in claude_desktop_config.json, or the MCP Bundle installed in one click. */
export const claudeDesktop: SetupClient = {
  id: "claude-desktop",
  title: "Claude Desktop",
  summary: "the MCP Bundle to install in one click, or the server entry for claude_desktop_config.json",
  usesModelList: false,
  render(context) {
    return [
      `1. One click, no npm: open ${context.mcpFiles.mcpb ?? MCPB_FILE} with Claude Desktop (double-click it, or Settings, Extensions, drag it in).`,
      "Claude Desktop runs it with its own Node and asks for two settings: API key (kept in the system keychain) and",
      `Base URL (enter ${bundleBaseUrl(context)}).`,
      ...mcpFilesSource(context),
      "",
      "2. Or by config: Settings, Developer, Edit Config opens claude_desktop_config.json",
      "(macOS: ~/Library/Application Support/Claude/claude_desktop_config.json; Windows: %APPDATA%\\Claude\\claude_desktop_config.json).",
      'Merge this into it (keep servers already under "mcpServers"), then quit and reopen Claude Desktop:',
      "",
      JSON.stringify(mcpServersConfig(mcpLaunchOptions(context)), null, 2),
      "",
      `Needs Node.js ${MCP_NODE_REQUIREMENT} on PATH for npx. Without npm, the same entry with the single-file server:`,
      "",
      bundleServersJson(context),
      "",
      "The crazyrouter tools then appear under the tools icon.",
    ].join("\n");
  },
};
