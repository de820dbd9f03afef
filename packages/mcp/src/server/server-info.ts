import packageJson from "../../package.json" with { type: "json" };

/** How the server introduces itself in `initialize`, and what `--version` prints. */
export const SERVER_INFO = { name: "crazyrouter", title: "Crazyrouter", version: packageJson.version } as const;

/** The Node.js the server needs, in words ("22.19 or later"), from package.json's engines (what the bundle needs). */
export const MCP_NODE_REQUIREMENT = `${packageJson.engines.node.replace(/^>=\s*/, "")} or later`;
