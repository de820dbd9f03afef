import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { CliConfig } from "../cli-config.js";
import type { CommandDependencies } from "../command-dependencies.js";
import type { DifyArtifacts } from "../setup/dify-artifacts.js";
import type { McpFiles } from "../setup/mcp-files.js";
import { runSetup, type SetupOptions } from "../setup/run-setup.js";

/** Where `crazyrouter generate` writes the Dify packages, relative to the working directory. */
const DIFY_ARTIFACTS = path.join("artifacts", "dify");
const MCP_ARTIFACTS = path.join("artifacts", "mcp");

async function listDifyPackages(): Promise<string[]> {
  try {
    const names = await readdir(DIFY_ARTIFACTS);
    return names
      .filter((name) => name.endsWith(".difypkg"))
      .sort()
      .map((name) => path.join(DIFY_ARTIFACTS, name));
  } catch {
    // Not generated yet: the Dify output says how to generate them.
    return [];
  }
}

/** The packages, whether `generate` signed them (it writes the public key beside them), and the plugin's form. */
async function findDifyArtifacts(): Promise<DifyArtifacts> {
  const { connectionForms, CUSTOM_BASE_URL_OPTION, SIGNING_PUBLIC_KEY_FILE } = await import("@crazyrouter/dify");
  const publicKey = path.join(DIFY_ARTIFACTS, SIGNING_PUBLIC_KEY_FILE);
  return {
    packages: await listDifyPackages(),
    publicKey: existsSync(publicKey) ? publicKey : undefined,
    form: connectionForms(),
    customOption: CUSTOM_BASE_URL_OPTION,
  };
}

/** Where `generate` writes the MCP server's files; absolute paths, since a client starts them from its own folder. */
async function findMcpFiles(): Promise<McpFiles> {
  const { MCP_BUNDLE_FILE, MCPB_FILE } = await import("@crazyrouter/mcp");
  const found = (name: string) => {
    const file = path.resolve(MCP_ARTIFACTS, name);
    return existsSync(file) ? file : undefined;
  };
  return { bundle: found(MCP_BUNDLE_FILE), mcpb: found(MCPB_FILE) };
}

/** `crazyrouter setup [client]` wired to the real file system. */
export function runSetupCommand(config: CliConfig, options: SetupOptions, dependencies: CommandDependencies): Promise<number> {
  return runSetup(config, options, { ...dependencies, findDifyArtifacts, findMcpFiles });
}
