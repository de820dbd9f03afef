import { MCP_SERVER_KEY, type StdioLaunchOptions, stdioLaunch } from "./stdio-launch.js";

/** One server as Cherry Studio imports it. Cherry Studio rejects unknown keys, so only keys it knows appear. */
export interface CherryStudioServer {
  name: string;
  type: "stdio";
  description: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Cherry Studio's "Long Running" switch: progress notifications then extend its 60 s call timeout. */
  longRunning: boolean;
}

export interface CherryStudioConfig {
  mcpServers: Record<string, CherryStudioServer>;
}

/** Cherry Studio's `mcpServers` import JSON (Settings > MCP Servers > Add > Import from JSON). */
export function cherryStudioConfig(options: StdioLaunchOptions = {}): CherryStudioConfig {
  return {
    mcpServers: {
      [MCP_SERVER_KEY]: {
        name: "Crazyrouter",
        type: "stdio",
        description: "Crazyrouter AI gateway: chat with other models, embeddings, image generation, model list.",
        ...stdioLaunch(options),
        longRunning: true,
      },
    },
  };
}
