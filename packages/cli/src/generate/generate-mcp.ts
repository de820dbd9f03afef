import { execFile } from "node:child_process";
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { findUp } from "./find-up.js";
import { packWorkspacePackage } from "./pack-workspace-package.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * The MCP part of `generate`, every way to install the server: the npm tarball (packed with pnpm), the single-file
 * server from the package's build (`node crazyrouter-mcp.mjs`, or Bun), and the MCP Bundle built around that file
 * and its manifest with the official `mcpb` tool, which validates the manifest before it packs. Returns the files.
 */
export async function generateMcp(outDir: string): Promise<string[]> {
  const { MCP_BUNDLE_FILE, MCPB_FILE, mcpbManifest } = await import("@crazyrouter/mcp");
  const tarball = await packWorkspacePackage("@crazyrouter/mcp", outDir);
  const packageDirectory = path.dirname(require.resolve("@crazyrouter/mcp/package.json"));
  const built = path.join(packageDirectory, "dist-standalone", MCP_BUNDLE_FILE);
  const bundle = path.join(outDir, MCP_BUNDLE_FILE);
  await copyFile(built, bundle).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot copy ${built} (${error.code ?? error.message}): build @crazyrouter/mcp first (.ci/pnpm run build)`);
  });
  await chmod(bundle, 0o755);

  const staging = await mkdtemp(path.join(tmpdir(), "crazyrouter-mcpb-"));
  try {
    await mkdir(path.join(staging, "server"));
    await copyFile(built, path.join(staging, "server", MCP_BUNDLE_FILE));
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(mcpbManifest(), null, 2)}\n`);
    // The same MIT text the npm package carries (pnpm pack adds the workspace's LICENSE).
    await copyFile(findUp(packageDirectory, "LICENSE"), path.join(staging, "LICENSE"));
    // The package's `mcpb` bin (dist/cli/cli.js), beside its main entry (dist/index.js): its exports name no package.json.
    const mcpbCli = path.join(path.dirname(require.resolve("@anthropic-ai/mcpb")), "cli", "cli.js");
    const mcpb = path.join(outDir, MCPB_FILE);
    await run(process.execPath, [mcpbCli, "pack", staging, mcpb], { timeout: 120_000 }).catch(
      (error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`mcpb pack failed:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
      },
    );
    return [tarball, bundle, mcpb];
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
