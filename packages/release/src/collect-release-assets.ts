/**
 * The release workflow's asset step: copies what `crazyrouter generate` wrote under artifacts/ that a release
 * attaches into one flat folder, writes SHA256SUMS, and writes the release notes. Run as
 * `node packages/release/src/collect-release-assets.ts <artifacts> <assets> <notes.md> [--allow-unsigned]`.
 * It refuses a release whose Dify packages are unsigned (no public key beside them) unless told otherwise, and it
 * never copies a private key.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

/** What a release attaches, by the artifacts/ folder `generate` writes it to. */
const ASSET_KINDS = [
  { folder: "mcp", pattern: /^crazyrouter-mcp-\d+\.\d+\.\d+\.tgz$/, what: "MCP server, npm package (`npm install -g ./<file>`; also on npm)" },
  { folder: "mcp", pattern: /^crazyrouter-mcp\.mjs$/, what: "MCP server in one file: `node crazyrouter-mcp.mjs` (or Bun), no install" },
  { folder: "mcp", pattern: /^crazyrouter-mcp\.mcpb$/, what: "MCP Bundle: open it with Claude Desktop; Cherry Studio imports it" },
  {
    folder: "mcp",
    pattern: /^THIRD_PARTY_NOTICES\.md$/,
    what: "Licenses of the third-party code inside `crazyrouter-mcp.mjs` (the tarballs and the .mcpb carry their own copy)",
  },
  {
    folder: "n8n",
    pattern: /^n8n-nodes-crazyrouter-\d+\.\d+\.\d+\.tgz$/,
    what: "n8n community node (unpack into ~/.n8n/nodes/node_modules/n8n-nodes-crazyrouter; also on npm)",
  },
  { folder: "dify", pattern: /^crazyrouter-\d+\.\d+\.\d+\.difypkg$/, what: "Dify model provider plugin (chat, embeddings)" },
  { folder: "dify", pattern: /^crazyrouter_image-\d+\.\d+\.\d+\.difypkg$/, what: "Dify image tool plugin" },
  { folder: "dify", pattern: /^crazyrouter_bundle-\d+\.\d+\.\d+\.difybndl$/, what: "Both Dify plugins in one bundle" },
  {
    folder: "dify",
    pattern: /^crazyrouter\.public\.pem$/,
    what: "The publisher key that signed the Dify packages (THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS)",
    signature: true,
  },
  { folder: "coze", pattern: /^crazyrouter(-cn)?\.(yaml|json)$/, what: "Coze plugin spec (Plugins, Create from API); -cn for cn.crazyrouter.com" },
] as const;

const PUBLIC_KEY = "crazyrouter.public.pem";

export interface CollectedAssets {
  files: string[];
  notes: string;
}

export function collectReleaseAssets(artifactsDir: string, assetsDir: string, options: { allowUnsigned?: boolean; tag?: string } = {}): CollectedAssets {
  if (!options.allowUnsigned && !existsSync(join(artifactsDir, "dify", PUBLIC_KEY))) {
    throw new Error(
      `${join(artifactsDir, "dify", PUBLIC_KEY)} is missing, so the Dify packages are unsigned and Dify's plugin daemon refuses them by default. ` +
        "Generate with the publisher's key (CRAZYROUTER_DIFY_SIGNING_KEY), or pass --allow-unsigned.",
    );
  }
  mkdirSync(assetsDir, { recursive: true });
  const rows: string[] = [];
  const files: string[] = [];
  for (const kind of ASSET_KINDS) {
    const folder = join(artifactsDir, kind.folder);
    const names = existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => kind.pattern.test(name))
          .sort()
      : [];
    const optional = "signature" in kind && options.allowUnsigned;
    if (names.length === 0 && !optional) throw new Error(`nothing in ${folder} matches ${kind.pattern}: run crazyrouter generate first`);
    for (const name of names) {
      if (files.some((file) => basename(file) === name)) throw new Error(`two assets are named ${name}`);
      copyFileSync(join(folder, name), join(assetsDir, name));
      files.push(join(assetsDir, name));
      rows.push(`| \`${name}\` | ${kind.what} |`);
    }
  }
  const sums = files.map((file) => `${createHash("sha256").update(readFileSync(file)).digest("hex")}  ${basename(file)}`).join("\n");
  writeFileSync(join(assetsDir, "SHA256SUMS"), `${sums}\n`);
  files.push(join(assetsDir, "SHA256SUMS"));
  rows.push("| `SHA256SUMS` | SHA-256 of every file above (`sha256sum -c SHA256SUMS`) |");
  const notes = [
    `Crazyrouter integration pack${options.tag ? ` ${options.tag}` : ""}: every artifact installs from these files, no clone needed.`,
    "",
    "| File | What it is |",
    "| --- | --- |",
    ...rows,
    "",
    "Setup guides: examples/ in the repository (Coze, n8n, Dify, Cherry Studio, Claude Desktop, Cursor).",
    "",
  ].join("\n");
  return { files, notes };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const allowUnsigned = args.includes("--allow-unsigned");
  const [artifactsDir, assetsDir, notesFile] = args.filter((arg) => arg !== "--allow-unsigned");
  if (!artifactsDir || !assetsDir || !notesFile) {
    process.stderr.write("usage: node packages/release/src/collect-release-assets.ts <artifacts> <assets> <notes.md> [--allow-unsigned]\n");
    process.exit(2);
  }
  try {
    const { files, notes } = collectReleaseAssets(artifactsDir, assetsDir, { allowUnsigned, tag: process.env.GITHUB_REF_NAME });
    writeFileSync(notesFile, notes);
    for (const file of files) process.stdout.write(`${file}\n`);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
