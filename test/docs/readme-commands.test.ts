/**
 * Every shell block a README shows runs here, as written, against the dev gateway (docs/readme-commands.md): in a
 * fresh HOME and a copy-on-write view of the repository, with CRAZYROUTER_API_KEY and CRAZYROUTER_BASE_URL set
 * the way the READMEs tell users to set them. A failing command fails its block's test with the block and what it
 * printed. Blocks marked `shape` are checked for shape, never skipped silently.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { ensureN8nInstalled, n8nEnvironment } from "n8n-nodes-crazyrouter/e2e";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDocsSandbox, type DocsSandbox } from "./docs-sandbox.js";
import { readmeShellBlocks, type ShellBlock, type ShellCommand } from "./readme-shell-blocks.js";
import { repositoryStandIn, splitOperators, withStandIns } from "./repository-commands.js";
import { backgroundBody, runShellSession, splitComment } from "./shell-session.js";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const README_FILES = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(path.join(ROOT, "examples")).map((name) => `examples/${name}/README.md`),
  ...readdirSync(path.join(ROOT, "packages")).map((name) => `packages/${name}/README.md`),
].filter((file) => readdirSync(path.dirname(path.join(ROOT, file))).includes("README.md"));

/** Ports the READMEs name: the dev gateway's default and the MCP server's HTTP default. */
const DOCUMENTED_PORTS = [8787, 3923];
/** Things a user has that the test can provide for a block marked `needs: ...`. */
const PROVIDED = new Set(["n8n"]);

let gateway: DevGateway;
let artifacts: string;
/** pnpm's record of where the workspace lives: a pnpm run from a view of the repository would rewrite it (and relink node_modules). */
const WORKSPACE_STATE = path.join(ROOT, "node_modules", ".pnpm-workspace-state-v1.json");
const workspaceState = () => (existsSync(WORKSPACE_STATE) ? readFileSync(WORKSPACE_STATE, "utf8") : "");
let workspaceStateBefore: string;

beforeAll(async () => {
  workspaceStateBefore = workspaceState();
  gateway = await startDevGateway();
  // What `generate` writes, once, for the READMEs that start "after generate" (the build half ran before the tests).
  artifacts = mkdtempSync(path.join(tmpdir(), "crazyrouter-docs-artifacts-"));
  const generate = spawnSync(process.execPath, [path.join(ROOT, "packages", "cli", "dist", "bin.js"), "generate", "--out", artifacts], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (generate.status !== 0) throw new Error(`crazyrouter generate failed:\n${generate.stdout}${generate.stderr}`);
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  if (artifacts) rmSync(artifacts, { recursive: true, force: true });
  expect(workspaceState(), "a README command ran pnpm in the test's view of the repository and re-installed the workspace").toBe(workspaceStateBefore);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The commands with the documented ports pointed at this run's gateway (or, in a block that starts its own
 * server, at free ports), and the repository's build and test commands replaced by their stand-ins.
 */
async function prepared(block: ShellBlock, sandbox: DocsSandbox): Promise<ShellCommand[]> {
  const startsServer = block.commands.some((command) => backgroundBody(command.text) !== undefined);
  const ports = new Map<number, number>();
  for (const documented of DOCUMENTED_PORTS) ports.set(documented, startsServer ? await freePort() : Number(new URL(gateway.url).port));
  sandbox.withPorts(ports);
  return block.commands.map((command) => {
    let text = command.text;
    for (const [documented, port] of ports) text = text.replace(new RegExp(`\\b${documented}\\b`, "g"), String(port));
    return { ...command, text: withStandIns(text, ROOT).line };
  });
}

function standInNote(block: ShellBlock): string {
  let standIns: ReturnType<typeof withStandIns>["standIns"];
  try {
    standIns = block.commands.flatMap((command) => withStandIns(command.text, ROOT).standIns);
  } catch {
    return ""; // The test itself reports the drift.
  }
  return standIns.length === 0
    ? ""
    : `; ${standIns.map((standIn) => `\`${standIn.command}\` ${standIn.replacement === ":" ? "checked for shape" : `runs as \`${standIn.replacement}\``}`).join(", ")}`;
}

/** A block that needs what only a user has: its syntax, and that each program and repository command it names exists. */
function checkShape(block: ShellBlock, env: NodeJS.ProcessEnv): void {
  const syntax = spawnSync("bash", ["-n", "-c", block.source], { encoding: "utf8" });
  expect(syntax.status, syntax.stderr).toBe(0);
  for (const command of block.commands) {
    const parts = splitOperators(splitComment(command.text).code).filter((_part, index) => index % 2 === 0);
    for (const part of parts) {
      if (repositoryStandIn(part, ROOT)) continue;
      const program = part
        .trim()
        .split(/\s+/)
        .find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
      if (!program || program === "kill") continue;
      const found = program.includes("/")
        ? spawnSync("test", ["-e", path.resolve(ROOT, program.replace(/^~/, env.HOME ?? "~"))])
        : spawnSync("bash", ["-c", `command -v ${program}`], { env });
      expect(found.status, `${block.file}:${command.line}: ${program} is neither a file nor a command on PATH`).toBe(0);
    }
  }
}

async function n8nVariables(sandbox: DocsSandbox): Promise<NodeJS.ProcessEnv> {
  const { dir } = ensureN8nInstalled();
  // n8n on PATH, as for a user who installed it; the headless settings the end-to-end test uses.
  writeFileSync(
    path.join(sandbox.home, ".local", "bin", "n8n"),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, "node_modules", "n8n", "bin", "n8n")}" "$@"\n`,
    { mode: 0o755 },
  );
  return { ...(await n8nEnvironment(sandbox.home)), PATH: sandbox.env.PATH };
}

for (const file of README_FILES) {
  const blocks = readmeShellBlocks(path.join(ROOT, file));
  if (blocks.length === 0) continue;
  describe(file, () => {
    let sandbox: DocsSandbox;
    beforeAll(() => {
      sandbox = createDocsSandbox(ROOT, artifacts, { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url });
    });
    afterAll(() => sandbox?.close());

    for (const block of blocks) {
      const where = `line ${block.line}`;
      if (block.marker.kind === "shape") {
        test(`${where}: checked for shape, not run (${block.marker.reason})`, () => checkShape(block, sandbox.env));
        continue;
      }
      const marker = block.marker;
      const needs = marker.kind === "needs" ? marker.what : undefined;
      if (needs !== undefined && !PROVIDED.has(needs))
        throw new Error(`${file}:${block.line}: the test cannot provide "${needs}"; mark the block "shape: ..." instead`);
      test(
        `${where} runs${marker.kind === "cwd" ? ` in ${marker.folder}` : ""}${needs ? ` with ${needs}` : ""}${standInNote(block)}`,
        { timeout: needs ? 25 * 60_000 : 180_000 },
        async ({ signal }) => {
          const env = needs === "n8n" ? await n8nVariables(sandbox) : sandbox.env;
          const cwd = marker.kind === "cwd" ? path.join(sandbox.root, marker.folder) : sandbox.root;
          const result = await runShellSession(await prepared(block, sandbox), { cwd, env, signal });
          if (result.problem)
            throw new Error(`${file}:${block.line}: ${result.problem}\n\n--- the block ---\n${block.source}\n\n--- what it printed ---\n${result.transcript}`);
        },
      );
    }
  });
}
