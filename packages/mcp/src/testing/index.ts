/** @crazyrouter/mcp/testing: how hosts install and start this server's bundle, for the workspace's tests. Not published. */
export { runMcpb, unpackAndValidateMcpb } from "./mcpb-tool.js";
export { claudeDesktopLaunch, cherryStudioLaunch, type BundleLaunch } from "./bundle-hosts.js";
export { exerciseServer, type ServerExercise } from "./exercise-server.js";
