import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectReleaseAssets } from "./collect-release-assets.ts";

/** An artifacts/ folder laid out as `generate` writes it, with a private key someone left beside the public one. */
function artifacts(options: { signed: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), "crazyrouter-artifacts-"));
  const files: Record<string, string[]> = {
    coze: ["crazyrouter.yaml", "crazyrouter.json", "crazyrouter-cn.yaml", "crazyrouter-cn.json"],
    dify: [
      "crazyrouter-0.1.0.difypkg",
      "crazyrouter_image-0.1.0.difypkg",
      "crazyrouter_bundle-0.1.0.difybndl",
      "publisher.private.pem",
      ...(options.signed ? ["crazyrouter.public.pem"] : []),
    ],
    mcp: ["crazyrouter-mcp-0.1.0.tgz", "crazyrouter-mcp.mjs", "THIRD_PARTY_NOTICES.md", "crazyrouter-mcp.mcpb"],
    n8n: ["n8n-nodes-crazyrouter-0.1.0.tgz"],
  };
  for (const [folder, names] of Object.entries(files)) {
    mkdirSync(join(root, folder));
    for (const name of names) writeFileSync(join(root, folder, name), `${folder}/${name}\n`);
  }
  return root;
}

describe("collectReleaseAssets", () => {
  it("copies every installable file into one folder, with checksums sha256sum verifies, and never a private key", () => {
    const assets = join(mkdtempSync(join(tmpdir(), "crazyrouter-assets-")), "release-assets");
    const { files, notes } = collectReleaseAssets(artifacts({ signed: true }), assets, { tag: "v0.1.0" });
    expect(readdirSync(assets).sort()).toEqual(
      [
        "SHA256SUMS",
        "crazyrouter-0.1.0.difypkg",
        "crazyrouter-cn.json",
        "crazyrouter-cn.yaml",
        "crazyrouter-mcp-0.1.0.tgz",
        "crazyrouter-mcp.mcpb",
        "crazyrouter-mcp.mjs",
        "crazyrouter.json",
        "crazyrouter.public.pem",
        "crazyrouter.yaml",
        "crazyrouter_bundle-0.1.0.difybndl",
        "crazyrouter_image-0.1.0.difypkg",
        "n8n-nodes-crazyrouter-0.1.0.tgz",
        "THIRD_PARTY_NOTICES.md",
      ].sort(),
    );
    expect(files).toHaveLength(14);
    const verified = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: assets, encoding: "utf8" });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout.trim().split("\n")).toHaveLength(13);
    expect(notes).toContain("Crazyrouter integration pack v0.1.0");
    for (const name of readdirSync(assets)) expect(notes).toContain(`\`${name}\``);
  });

  it("refuses unsigned Dify packages unless told, since Dify's daemon refuses them by default", () => {
    const unsigned = artifacts({ signed: false });
    const assets = join(mkdtempSync(join(tmpdir(), "crazyrouter-assets-")), "release-assets");
    expect(() => collectReleaseAssets(unsigned, assets)).toThrow(/Dify packages are unsigned/);
    expect(collectReleaseAssets(unsigned, assets, { allowUnsigned: true }).files).toHaveLength(13);
  });

  it("stops when generate did not write a kind of asset", () => {
    const incomplete = artifacts({ signed: true });
    rmSync(join(incomplete, "mcp", "crazyrouter-mcp.mcpb"));
    expect(() => collectReleaseAssets(incomplete, join(incomplete, "out"))).toThrow(/crazyrouter-mcp\\\.mcpb/);
  });
});
