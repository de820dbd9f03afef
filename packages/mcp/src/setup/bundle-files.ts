/**
 * The files users install the server from without npm, as `crazyrouter generate` writes them into
 * artifacts/mcp/ and a release attaches them: the single-file server (`node crazyrouter-mcp.mjs`, or Bun) and the
 * MCP Bundle (Claude Desktop installs it by opening it; Cherry Studio imports it).
 */
export const MCP_BUNDLE_FILE = "crazyrouter-mcp.mjs";
export const MCPB_FILE = "crazyrouter-mcp.mcpb";
