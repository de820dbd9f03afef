import { CrazyrouterError } from "@crazyrouter/core";

/**
 * What a tool answers when the server was started without a key. Desktop clients show tool errors but hide
 * a server's stderr, so this is where users learn how to set it.
 */
export function missingApiKeyError(): CrazyrouterError {
  return new CrazyrouterError({
    code: "invalid_input",
    field: "apiKey",
    message: "No Crazyrouter API key is set for this MCP server.",
    hint:
      'Add "CRAZYROUTER_API_KEY": "sk-..." to the "env" block of this server in your MCP client\'s config ' +
      "(Cherry Studio: Settings > MCP Servers > this server > Environment Variables, one KEY=value per line; " +
      "Claude Desktop: claude_desktop_config.json; Cursor: .cursor/mcp.json), then restart the server. " +
      "Create a dedicated sk-... key in the Crazyrouter dashboard.",
  });
}
