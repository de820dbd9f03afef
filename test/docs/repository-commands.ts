/**
 * The repository's own build, install and test commands as READMEs show them (`.ci/pnpm install`, `pnpm --filter X
 * build`, `.ci/pnpm test`, `pnpm exec vitest run ...`). The docs test runs inside `pnpm test`, which has just installed
 * and built everything: running them again would rebuild packages under the suites running beside it, or run the
 * whole suite inside itself. So each is checked for shape (the script, package and paths it names exist) and
 * stands in for what it does: nothing, or for `generate` the half that is not the build. Other root scripts run as
 * their script text: pnpm itself never runs in the test's view of the repository (it would re-install the workspace
 * for the view's path and relink the real checkout).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitComment } from "./shell-session.js";

export interface StandIn {
  /** What runs instead: `:` (nothing) or the command's part that the test command has not already done. */
  replacement: string;
  /** Why it does not run as written. */
  reason: string;
}

interface PackageJson {
  name?: string;
  scripts?: Record<string, string>;
}

const readPackage = (dir: string): PackageJson => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as PackageJson;

function workspacePackages(root: string): Map<string, PackageJson> {
  const packages = new Map<string, PackageJson>();
  for (const dir of ["packages", "test"]) {
    const base = path.join(root, dir);
    const folders = dir === "test" ? [base] : readdirSync(base).map((name) => path.join(base, name));
    for (const folder of folders) {
      if (!existsSync(path.join(folder, "package.json"))) continue;
      const manifest = readPackage(folder);
      if (manifest.name) packages.set(manifest.name, manifest);
    }
  }
  return packages;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Splits `A=1 B=2 .ci/pnpm --filter x build` into its leading variable assignments and the words after them. */
function words(command: string): { assignments: string[]; words: string[] } {
  const all = command.trim().split(/\s+/);
  const first = all.findIndex((word) => !ASSIGNMENT.test(word));
  return first < 0 ? { assignments: all, words: [] } : { assignments: all.slice(0, first), words: all.slice(first) };
}

const PNPM = new Set(["pnpm", ".ci/pnpm"]);
/** Scripts the test command runs itself; `format` would rewrite the checkout the test's view links to. */
const SKIPPED_SCRIPTS = new Set(["build", "typecheck", "lint", "format", "format:check", "bench", "test"]);

/**
 * The stand-in for one simple command (no `&&`), or undefined when it is not a repository command and runs as
 * written. Throws when it names a script, package or path that does not exist: that is the drift to catch.
 */
export function repositoryStandIn(command: string, root: string): StandIn | undefined {
  const {
    assignments,
    words: [program, ...args],
  } = words(command);
  /** The command's own variables stay in front of what stands in for it. */
  const withVariables = (replacement: string) => [...assignments, replacement].join(" ");
  if (!program || !PNPM.has(program)) return undefined;
  const filters: string[] = [];
  while (args[0] === "--filter") {
    filters.push(args[1] ?? "");
    args.splice(0, 2);
  }
  if (args[0] === "run") args.shift();
  const [verb, ...rest] = args;
  const rootPackage = readPackage(root);
  const packages = workspacePackages(root);
  const targets =
    filters.length === 0 ? [rootPackage] : filters.map((filter) => packages.get(filter) ?? fail(`${command}: no workspace package is named ${filter}`));

  if (verb === "install") {
    if (!existsSync(path.join(root, "pnpm-lock.yaml"))) fail(`${command}: no pnpm-lock.yaml`);
    return { replacement: ":", reason: "the workspace is installed: this test runs inside it" };
  }
  if (verb === "exec" && rest[0] === "vitest") {
    const paths = rest.slice(2).filter((word) => !word.startsWith("-"));
    for (const target of paths) if (!existsSync(path.join(root, target))) fail(`${command}: ${target} does not exist`);
    return { replacement: ":", reason: "runs test suites: the test command runs every suite itself" };
  }
  if (verb && SKIPPED_SCRIPTS.has(verb)) {
    for (const target of targets) if (!target.scripts?.[verb]) fail(`${command}: ${target.name ?? "the root package"} has no "${verb}" script`);
    return { replacement: ":", reason: skipReason(verb) };
  }
  if (verb === "generate" && filters.length === 0) {
    const script = rootPackage.scripts?.generate ?? fail(`${command}: the root package has no "generate" script`);
    const build = "pnpm run build && ";
    if (!script.startsWith(build)) fail(`the generate script no longer starts with "${build}": update repository-commands.ts`);
    return {
      replacement: withVariables(script.slice(build.length)),
      reason: `its build half is done (the test command built everything); the rest runs: ${script.slice(build.length)}`,
    };
  }
  const script = filters.length === 0 && verb ? rootPackage.scripts?.[verb] : undefined;
  if (script) {
    // What `pnpm run` does, without pnpm: from the test's view of the repository pnpm would see a moved workspace and
    // re-install it, relinking the real checkout's node_modules into the view.
    return { replacement: withVariables([script, ...rest].join(" ")), reason: `pnpm runs the root script "${verb}": ${script}` };
  }
  return fail(`${command}: no stand-in for this pnpm command; pnpm must not run in the test's view of the repository (add one in repository-commands.ts)`);
}

function skipReason(verb: string): string {
  if (verb === "build") return "the test command built every package first; rebuilding now would swap dist/ under the suites running beside this one";
  if (verb === "format") return "it rewrites files, and the test's view of the repository links to the checkout; the test command runs format:check";
  return `the test command runs ${verb === "bench" ? "the benchmarks' code in their tests" : "it"} itself`;
}

function fail(message: string): never {
  throw new Error(message);
}

/** Splits a command line into its simple commands and the operators between them (`&&`, `||`, `;`, `|`). */
export function splitOperators(line: string): string[] {
  return line.split(/(\s*(?:&&|\|\||;|\|)\s*)/);
}

/** The line with each repository command replaced by its stand-in; the stand-ins used, for the test's report. */
export function withStandIns(line: string, root: string): { line: string; standIns: Array<StandIn & { command: string }> } {
  const standIns: Array<StandIn & { command: string }> = [];
  const { code, comment } = splitComment(line);
  const parts = splitOperators(code).map((part, index) => {
    if (index % 2 === 1) return part;
    const standIn = repositoryStandIn(part, root);
    if (!standIn) return part;
    standIns.push({ ...standIn, command: part.trim() });
    return standIn.replacement;
  });
  return { line: standIns.length === 0 ? line : `${parts.join("")}${comment ? `  ${comment}` : ""}`, standIns };
}
