import { execFile } from "node:child_process";
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { THIRD_PARTY_NOTICES_FILE } from "@crazyrouter/third-party-notices";
import { findUp } from "./find-up.js";
import { packWorkspacePackage } from "./pack-workspace-package.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** Copies a file of the MCP package's build into `outDir`; returns the copy. */
async function copyBuilt(built: string, outDir: string): Promise<string> {
  const copy = path.join(outDir, path.basename(built));
  await copyFile(built, copy).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot copy ${built} (${error.code ?? error.message}): build @crazyrouter/mcp first (.ci/pnpm run build)`);
  });
  return copy;
}

/**
 * The MCP part of `generate`, every way to install the server: the npm tarball (packed with pnpm), the single-file
 * server from the package's build (`node crazyrouter-mcp.mjs`, or Bun), and the MCP Bundle built around that file
 * and its manifest with the official `mcpb` tool, which validates the manifest before it packs. The notices for the
 * third-party code inlined in the single file (written by its build) go beside it and into the bundle. Returns the files.
 */
export async function generateMcp(outDir: string): Promise<string[]> {
  const { MCP_BUNDLE_FILE, MCPB_FILE, mcpbManifest } = await import("@crazyrouter/mcp");
  const tarball = await packWorkspacePackage("@crazyrouter/mcp", outDir);
  const packageDirectory = path.dirname(require.resolve("@crazyrouter/mcp/package.json"));
  const built = path.join(packageDirectory, "dist-standalone", MCP_BUNDLE_FILE);
  const bundle = await copyBuilt(built, outDir);
  await chmod(bundle, 0o755);
  const notices = await copyBuilt(path.join(path.dirname(built), THIRD_PARTY_NOTICES_FILE), outDir);

  const staging = await mkdtemp(path.join(tmpdir(), "crazyrouter-mcpb-"));
  try {
    await mkdir(path.join(staging, "server"));
    await copyFile(built, path.join(staging, "server", MCP_BUNDLE_FILE));
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(mcpbManifest(), null, 2)}\n`);
    // The same MIT text the npm package carries (pnpm pack adds the workspace's LICENSE).
    await copyFile(findUp(packageDirectory, "LICENSE"), path.join(staging, "LICENSE"));
    await copyFile(notices, path.join(staging, THIRD_PARTY_NOTICES_FILE));
    // The package's `mcpb` bin (dist/cli/cli.js), beside its main entry (dist/index.js): its exports name no package.json.
    const mcpbCli = path.join(path.dirname(require.resolve("@anthropic-ai/mcpb")), "cli", "cli.js");
    const mcpb = path.join(outDir, MCPB_FILE);
    await run(process.execPath, [mcpbCli, "pack", staging, mcpb], { timeout: 120_000 }).catch(
      (error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`mcpb pack failed:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
      },
    );
    return [tarball, bundle, notices, mcpb];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
