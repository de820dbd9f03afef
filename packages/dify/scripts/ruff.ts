/**
 * Ruff, the Python linter and formatter, run at the repository root with the arguments given (`check`,
 * `format --check`), from a venv cached outside the repository that holds exactly the version ruff.toml requires:
 * the same cached-venv helper the Dify suites use for the SDK, so nothing is installed into the checkout.
 * Run as `node packages/dify/scripts/ruff.ts <ruff arguments>` once the packages are built (the helper is this
 * package's built `testing` entry); the root `lint`, `format` and `format:check` scripts do.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DAEMON_RUNTIME, ensurePythonVenv } from "@crazyrouter/dify/testing";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
// ruff.toml's required-version is the one pin: Ruff itself refuses to run under any other version.
const version = /^required-version\s*=\s*"==([0-9][0-9.]*)"/m.exec(readFileSync(path.join(root, "ruff.toml"), "utf8"))?.[1];
if (!version) throw new Error('ruff.toml must pin Ruff as required-version = "==X.Y.Z"');
const python = await ensurePythonVenv({ name: `crazyrouter-ruff-${version}`, python: DAEMON_RUNTIME.python, requirements: [`ruff==${version}`] });
// Its cache goes beside the venv: nothing is written into the checkout.
const env = { ...process.env, RUFF_CACHE_DIR: path.join(path.dirname(path.dirname(python)), "cache") };
const result = spawnSync(path.join(path.dirname(python), "ruff"), process.argv.slice(2), { cwd: root, env, stdio: "inherit" });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
