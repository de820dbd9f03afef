import { readdir } from "node:fs/promises";
import path from "node:path";
import type { CliConfig } from "../cli-config.js";
import type { CommandDependencies } from "../command-dependencies.js";
import { runSetup, type SetupOptions } from "../setup/run-setup.js";

/** Where `crazyrouter generate` writes the Dify packages, relative to the working directory. */
const DIFY_ARTIFACTS = path.join("artifacts", "dify");

async function listDifyPackages(): Promise<string[]> {
  try {
    const names = await readdir(DIFY_ARTIFACTS);
    return names.filter((name) => name.endsWith(".difypkg")).sort().map((name) => path.join(DIFY_ARTIFACTS, name));
  } catch {
    // Not generated yet: the Dify output says how to generate them.
    return [];
  }
}

/** `crazyrouter setup [client]` wired to the real file system. */
export function runSetupCommand(config: CliConfig, options: SetupOptions, dependencies: CommandDependencies): Promise<number> {
  return runSetup(config, options, { ...dependencies, listDifyPackages });
}
