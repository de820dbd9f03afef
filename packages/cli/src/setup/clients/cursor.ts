import { mcpServersConfig, MCP_NODE_REQUIREMENT } from "@crazyrouter/mcp";
import { bundleServersJson, mcpFilesSource } from "../mcp-files.js";
import { mcpLaunchOptions } from "../mcp-launch-options.js";
import type { SetupClient } from "../setup-client.js";

/** Cursor: the MCP server in ~/.cursor/mcp.json (all projects) or .cursor/mcp.json (one project). */
export const cursor: SetupClient = {
  id: "cursor",
  title: "Cursor",
  summary: "the MCP server entry for ~/.cursor/mcp.json (npx, or the single-file server)",
  usesModelList: false,
  render(context) {
    return [
      "~/.cursor/mcp.json for every project, or .cursor/mcp.json in one project (keep servers already there):",
      "",
      JSON.stringify(mcpServersConfig(mcpLaunchOptions(context)), null, 2),
      "",
      "Without npm, the same entry with the single-file server:",
      "",
      bundleServersJson(context),
      ...mcpFilesSource(context),
      "",
      `Then Cursor Settings, MCP: the crazyrouter server should show a green dot and its tools. Needs Node.js ${MCP_NODE_REQUIREMENT}.`,
      "Keep a project-level mcp.json with a real key out of version control.",
    ].join("\n");
  },
};
