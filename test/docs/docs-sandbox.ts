/**
 * Where README commands run: a fresh HOME, and a working folder that looks like the repository root (every entry
 * linked from the real one) except for what commands write: `artifacts/` (a copy of freshly generated artifacts,
 * as after `generate`), `openapi/` (copied: `generate` rewrites it) and any file they create. The real repository is
 * never written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Entries commands write to, so the sandbox gets its own copy (or nothing) instead of a link to the repository's;
 * `examples/` too, because its files name the documented ports the test replaces (see `withPorts`).
 */
const COPIED = new Set(["openapi", "examples"]);
const LEFT_OUT = new Set(["artifacts", ".git", "release-assets", "release-notes.md"]);

export interface DocsSandbox {
  root: string;
  home: string;
  /** The environment of a user who followed the README: HOME, PATH with Node, pnpm and ~/.local/bin, nothing of the test runner's. */
  env: NodeJS.ProcessEnv;
  /** Fresh copies of the example files with each documented port (8787) replaced by the one this block uses. */
  withPorts(ports: ReadonlyMap<number, number>): void;
  close(): void;
}

function replacePorts(folder: string, ports: ReadonlyMap<number, number>): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) replacePorts(file, ports);
    else if (/\.(json|ya?ml|md)$/.test(entry.name)) {
      const text = readFileSync(file, "utf8");
      let replaced = text;
      for (const [documented, port] of ports) replaced = replaced.replace(new RegExp(`\\b${documented}\\b`, "g"), String(port));
      if (replaced !== text) writeFileSync(file, replaced);
    }
  }
}

/** The folder on PATH that holds a `pnpm` outside the repository (the one `.ci/pnpm` would bootstrap otherwise). */
function pnpmFolder(repositoryRoot: string): string {
  const folder = (process.env.PATH ?? "").split(path.delimiter).find((dir) => !dir.startsWith(repositoryRoot) && existsSync(path.join(dir, "pnpm")));
  if (!folder) throw new Error("no pnpm on PATH outside the repository: run the tests through .ci/pnpm");
  return folder;
}

export function createDocsSandbox(repositoryRoot: string, generatedArtifacts: string, variables: Record<string, string>): DocsSandbox {
  const root = mkdtempSync(path.join(tmpdir(), "crazyrouter-docs-cwd-"));
  const home = mkdtempSync(path.join(tmpdir(), "crazyrouter-docs-home-"));
  for (const entry of readdirSync(repositoryRoot)) {
    if (LEFT_OUT.has(entry)) continue;
    const source = path.join(repositoryRoot, entry);
    if (COPIED.has(entry)) cpSync(source, path.join(root, entry), { recursive: true });
    else symlinkSync(source, path.join(root, entry));
  }
  cpSync(generatedArtifacts, path.join(root, "artifacts"), { recursive: true });
  mkdirSync(path.join(home, ".local", "bin"), { recursive: true });
  const PATH = [path.join(home, ".local", "bin"), path.dirname(process.execPath), pnpmFolder(repositoryRoot), "/usr/local/bin", "/usr/bin", "/bin"].join(
    path.delimiter,
  );
  return {
    root,
    home,
    env: { HOME: home, PATH, LANG: "C.UTF-8", TMPDIR: tmpdir(), ...variables },
    withPorts(ports) {
      const examples = path.join(root, "examples");
      rmSync(examples, { recursive: true, force: true });
      cpSync(path.join(repositoryRoot, "examples"), examples, { recursive: true });
      replacePorts(examples, ports);
    },
    close() {
      rmSync(root, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
}
