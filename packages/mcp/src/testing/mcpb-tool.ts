import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { McpbManifest } from "../setup/mcpb-manifest.js";

/** The official `mcpb` command line (@anthropic-ai/mcpb's bin, dist/cli/cli.js beside its main entry). */
const MCPB_CLI = join(dirname(createRequire(import.meta.url).resolve("@anthropic-ai/mcpb")), "cli", "cli.js");

/** Runs `mcpb <args>`; throws with its output when it fails. */
export function runMcpb(args: string[]): string {
  try {
    return execFileSync(process.execPath, [MCPB_CLI, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`mcpb ${args.join(" ")} failed:\n${failed.stdout ?? ""}${failed.stderr ?? failed.message}`);
  }
}

/**
 * A `.mcpb` file checked with the official tool as a host would receive it: `mcpb unpack` into a fresh folder, then
 * `mcpb validate` on the manifest it holds. Returns that folder and the manifest.
 */
export function unpackAndValidateMcpb(file: string): { folder: string; manifest: McpbManifest; validation: string } {
  const folder = mkdtempSync(join(tmpdir(), "crazyrouter-mcpb-unpacked-"));
  runMcpb(["unpack", file, folder]);
  const validation = runMcpb(["validate", join(folder, "manifest.json")]);
  return { folder, manifest: JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as McpbManifest, validation };
}
