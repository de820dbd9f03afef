/** The npm package users run; `npx -y` fetches it once and needs nothing else (the bin is fully bundled). */
export const MCP_PACKAGE_NAME = "@crazyrouter/mcp";
/** The key under `mcpServers` in every client's config. */
export const MCP_SERVER_KEY = "crazyrouter";
/** Shown in example configs where the user pastes their own key. */
export const API_KEY_PLACEHOLDER = "sk-your-crazyrouter-key";

export interface StdioLaunch {
  command: string;
  args: string[];
  env: Record<string, string>;
}

export interface StdioLaunchOptions {
  /**
   * The key for the env block; the placeholder when undefined; `null` leaves CRAZYROUTER_API_KEY out, for a
   * config that must not carry one (a one-click link: the server starts without a key and each tool call says
   * where to set it).
   */
  apiKey?: string | null | undefined;
  /** Written only when it differs from the default gateway. */
  baseUrl?: string | undefined;
  /** More CRAZYROUTER_* settings (models, output folder, tool allow-list). */
  env?: Readonly<Record<string, string>> | undefined;
  /** The single-file server's absolute path: started with `node` instead of fetched by `npx`. */
  bundlePath?: string | undefined;
}

/**
 * How an MCP client starts this server, with the key in the env block: `npx -y @crazyrouter/mcp`, or
 * `node <bundlePath>` for the single-file server (no npm registry needed).
 */
export function stdioLaunch(options: StdioLaunchOptions = {}): StdioLaunch {
  const env: Record<string, string> = options.apiKey === null ? {} : { CRAZYROUTER_API_KEY: options.apiKey ?? API_KEY_PLACEHOLDER };
  if (options.baseUrl !== undefined) env.CRAZYROUTER_BASE_URL = options.baseUrl;
  const launch = options.bundlePath === undefined ? { command: "npx", args: ["-y", MCP_PACKAGE_NAME] } : { command: "node", args: [options.bundlePath] };
  return { ...launch, env: { ...env, ...options.env } };
}
