import { homedir } from "node:os";
import { join, sep } from "node:path";
import { getMcpConfigForManifest } from "@anthropic-ai/mcpb";
import type { McpbManifest } from "../setup/mcpb-manifest.js";

/** What a host starts for an installed bundle. `node` is this test's Node (Claude Desktop runs its own). */
export interface BundleLaunch {
  command: string;
  args: string[];
  env: Record<string, string>;
}

const withThisNode = (command: string) => (command === "node" ? process.execPath : command);

/**
 * How Claude Desktop starts an installed bundle: @anthropic-ai/mcpb's `getMcpConfigForManifest` (the code Claude
 * Desktop loads bundles with, published in that package), with the settings its install dialog collected.
 * Undefined when a required setting is missing: Claude Desktop then asks for it instead of starting the server.
 */
export async function claudeDesktopLaunch(folder: string, manifest: McpbManifest, userConfig: Record<string, string>): Promise<BundleLaunch | undefined> {
  const config = await getMcpConfigForManifest({ manifest: manifest, extensionPath: folder, systemDirs: { HOME: homedir() }, userConfig, pathSeparator: sep });
  if (!config) return undefined;
  return { command: withThisNode(config.command), args: config.args ?? [], env: config.env ?? {} };
}

/**
 * How Cherry Studio starts a bundle it imported, read from its code (src/main/services/DxtService.ts, later
 * McpPackageService.ts, `applyPlatformOverrides` and `performVariableSubstitution`; MCPService merging the env):
 * `${__dirname}` and a few folders are substituted, `${user_config.*}` is not (no settings are passed, so the
 * placeholder stays), and the manifest's env is laid over the env the user set on the server in Cherry Studio.
 */
export function cherryStudioLaunch(folder: string, manifest: McpbManifest, serverEnv: Record<string, string>): BundleLaunch {
  const substitute = (value: string) =>
    value
      .replaceAll("${__dirname}", folder)
      .replaceAll("${HOME}", homedir())
      .replaceAll("${DESKTOP}", join(homedir(), "Desktop"))
      .replaceAll("${pathSeparator}", sep)
      .replaceAll("${/}", sep);
  const { command, args, env } = manifest.server.mcp_config;
  const manifestEnv = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, substitute(value)]));
  return { command: withThisNode(substitute(command)), args: args.map(substitute), env: { ...serverEnv, ...manifestEnv } };
}
