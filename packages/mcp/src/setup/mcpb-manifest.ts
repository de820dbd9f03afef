import { DEFAULT_BASE_URL, operations } from "@crazyrouter/core";
import packageJson from "../../package.json" with { type: "json" };
import { BUNDLE_API_KEY_ENV, BUNDLE_BASE_URL_ENV } from "../config/bundle-settings.js";
import { SERVER_INFO } from "../server/server-info.js";
import { TOOL_NAMES } from "../server/tool-names.js";
import { MCP_BUNDLE_FILE } from "./bundle-files.js";

/** The fields of an MCP Bundle's manifest.json (spec 0.2) that this server fills. */
export interface McpbManifest {
  manifest_version: "0.2";
  dxt_version: "0.2";
  name: string;
  display_name: string;
  version: string;
  description: string;
  author: { name: string; email?: string; url?: string };
  repository: { type: string; url: string };
  homepage: string;
  support: string;
  license: string;
  keywords: string[];
  server: { type: "node"; entry_point: string; mcp_config: { command: string; args: string[]; env: Record<string, string> } };
  tools: Array<{ name: string; description: string }>;
  compatibility: { platforms: Array<"darwin" | "win32" | "linux">; runtimes: { node: string } };
  user_config: Record<string, { type: "string"; title: string; description: string; required: boolean; sensitive?: boolean; default?: string }>;
}

const ENTRY_POINT = `server/${MCP_BUNDLE_FILE}`;

/**
 * manifest.json of the MCP Bundle (`.mcpb`): the single-file server under server/, started with the host's Node
 * (Claude Desktop ships one), the API key as a sensitive setting the host asks for on install and keeps in the
 * system keychain, and the base URL as a setting with the default route. Everything is read from this package
 * (version, engines, metadata) and the core (tools, default URL), so the bundle says what the npm package says.
 */
export function mcpbManifest(): McpbManifest {
  return {
    manifest_version: "0.2",
    // The field's earlier name, which Cherry Studio's importer still requires.
    dxt_version: "0.2",
    name: SERVER_INFO.name,
    display_name: SERVER_INFO.title,
    version: SERVER_INFO.version,
    description: packageJson.description,
    author: packageJson.author,
    repository: { type: packageJson.repository.type, url: packageJson.repository.url },
    homepage: packageJson.homepage,
    support: packageJson.bugs.url,
    license: packageJson.license,
    keywords: packageJson.keywords,
    server: {
      type: "node",
      entry_point: ENTRY_POINT,
      mcp_config: {
        command: "node",
        args: [`\${__dirname}/${ENTRY_POINT}`],
        env: { [BUNDLE_API_KEY_ENV]: "${user_config.api_key}", [BUNDLE_BASE_URL_ENV]: "${user_config.base_url}" },
      },
    },
    tools: TOOL_NAMES.map((name) => ({ name, description: operations.find((operation) => operation.toolName === name)?.summary ?? name })),
    compatibility: { platforms: ["darwin", "win32", "linux"], runtimes: { node: packageJson.engines.node } },
    user_config: {
      api_key: {
        type: "string",
        title: "API key",
        description: "Your sk-... key from the Crazyrouter dashboard (a dedicated key per app is best).",
        required: true,
        sensitive: true,
      },
      base_url: {
        type: "string",
        title: "Base URL",
        description: `The gateway route: ${DEFAULT_BASE_URL}, https://cn.crazyrouter.com/v1 from mainland China, or your own. Root and full endpoint URLs are corrected.`,
        required: false,
        default: DEFAULT_BASE_URL,
      },
    },
  };
}
