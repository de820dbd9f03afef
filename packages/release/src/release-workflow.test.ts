/**
 * The release workflow, checked without GitHub: actionlint (built from its Go module at the pinned version) on the
 * file, the rules a workflow holding publish rights and secrets must keep, and its own steps run as the runner
 * runs them.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGoProgram } from "@crazyrouter/core/testing";
import { describe, expect, it } from "vitest";
import { RELEASE_WORKFLOW, readReleaseWorkflow, runWorkflowStep } from "./release-workflow.ts";
import { REPOSITORY_ROOT, rootManifest, workspacePackages } from "./workspace-packages.ts";

const actionlint = () => buildGoProgram(join(import.meta.dirname, "..", "actionlint"), "actionlint", "actionlint");
// shellcheck and pyflakes are optional add-ons actionlint runs when it finds them on PATH; off, so every machine
// lints the same way.
const lint = (file: string) => spawnSync(actionlint(), ["-no-color", "-shellcheck=", "-pyflakes=", file], { cwd: REPOSITORY_ROOT, encoding: "utf8" });

const workflow = readReleaseWorkflow();
const steps = workflow.jobs.release.steps;
const version = workspacePackages()[0]!.manifest.version;

describe("the release workflow", () => {
  it("passes actionlint", { timeout: 300_000 }, () => {
    const result = lint(RELEASE_WORKFLOW);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("would fail actionlint with a misspelt permission or an untrusted value in a script (the check has teeth)", { timeout: 300_000 }, () => {
    const broken = join(mkdtempSync(join(tmpdir(), "crazyrouter-actionlint-")), "release.yml");
    const text = readFileSync(RELEASE_WORKFLOW, "utf8")
      .replace("id-token: write", "id_token: write")
      .replace("run: .ci/pnpm test", 'run: echo "${{ github.event.head_commit.message }}"');
    writeFileSync(broken, text);
    const result = lint(broken);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/unknown permission scope "id_token"/);
    expect(result.stdout).toMatch(/potentially untrusted/);
  });

  it("runs for version tags only, with no rights by default and the job's two it needs", () => {
    expect(Object.keys(workflow.on)).toEqual(["push"]);
    expect(workflow.on.push).toEqual({ tags: ["v[0-9]+.[0-9]+.[0-9]+"] });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.release.permissions).toEqual({ contents: "write", "id-token": "write" });
  });

  it("pins every action to a full commit, and puts no expression inside a script", () => {
    for (const step of steps) {
      if (step.uses) expect(step.uses, step.name).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      if (step.run) expect(step.run, step.name).not.toContain("${{");
    }
  });

  it("gives secrets only to the step that needs each: the Dify key to generate, the npm token to publish", () => {
    const secretsBy = steps
      .map((step) => [step.name, Object.entries(step.env ?? {}).filter(([, value]) => value.includes("secrets."))] as const)
      .filter(([, secrets]) => secrets.length > 0);
    expect(secretsBy).toEqual([
      ["Build and generate every artifact, the Dify packages signed", [["CRAZYROUTER_DIFY_SIGNING_KEY", "${{ secrets.CRAZYROUTER_DIFY_SIGNING_KEY }}"]]],
      ["Publish the npm packages with provenance", [["NODE_AUTH_TOKEN", "${{ secrets.NPM_TOKEN }}"]]],
    ]);
  });

  it("checks, installs, generates and tests before it publishes anything; the assets are what generate wrote", () => {
    expect(steps.filter((step) => step.run).map((step) => step.run!.trim())).toEqual([
      'node packages/release/src/check-release-version.ts "$GITHUB_REF_NAME"',
      ".ci/pnpm install --frozen-lockfile",
      ".ci/pnpm generate",
      ".ci/pnpm test",
      'node packages/release/src/collect-release-assets.ts "$ARTIFACTS_DIR" "$ASSETS_DIR" "$NOTES_FILE"',
      'node packages/release/src/publish-npm-tarballs.ts "$ASSETS_DIR"',
      'gh release create "$GITHUB_REF_NAME" "$ASSETS_DIR"/* --verify-tag --title "$GITHUB_REF_NAME" --notes-file "$NOTES_FILE"',
    ]);
    // `pnpm generate` writes into artifacts/, the folder the collect step reads.
    expect((rootManifest().scripts as Record<string, string>).generate).toContain("--out artifacts");
    expect(workflow.jobs.release.env.ARTIFACTS_DIR).toBe("artifacts");
  });

  it("its version check passes for this tree's version and stops any other tag", () => {
    const check = (tag: string) => runWorkflowStep("Check the tag against the package versions and this repository", { GITHUB_REF_NAME: tag });
    expect(check(`v${version}`).status).toBe(0);
    const wrong = check("v99.0.0");
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`packages/mcp/package.json says ${version}, the tag says 99.0.0`);
    expect(check(`v${version}-rc.1`).status).toBe(1);
  });

  it("its version check stops a run in a repository the packages do not name (npm would refuse the provenance)", () => {
    const repository = (rootManifest().repository as { url: string }).url.replace(/^git\+https:\/\/github\.com\//, "").replace(/\.git$/, "");
    const run = (name: string) =>
      runWorkflowStep("Check the tag against the package versions and this repository", {
        GITHUB_REF_NAME: `v${version}`,
        GITHUB_REPOSITORY: name,
        GITHUB_SERVER_URL: "https://github.com",
      });
    expect(run(repository).status).toBe(0);
    const fork = run("someone/fork");
    expect(fork.status).toBe(1);
    expect(fork.stderr).toMatch(/npm would refuse their provenance/);
  });
});

describe("its publish step", () => {
  /** A stand-in for npm on PATH that logs its arguments and knows which name@version the registry has. */
  function fakeNpm(published: string[]): { bin: string; log: string } {
    const folder = mkdtempSync(join(tmpdir(), "crazyrouter-fake-npm-"));
    const log = join(folder, "calls.log");
    const script = `#!/usr/bin/env node
const fs = require("node:fs");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + "\\n");
if (args[0] === "view") {
  const known = ${JSON.stringify(published)};
  if (known.includes(args[1])) { console.log(args[1].split("@").pop()); process.exit(0); }
  console.error("npm error code E404"); process.exit(1);
}
`;
    writeFileSync(join(folder, "npm"), script);
    chmodSync(join(folder, "npm"), 0o755);
    return { bin: folder, log };
  }

  function assetsWithTarballs(): string {
    const assets = mkdtempSync(join(tmpdir(), "crazyrouter-assets-"));
    for (const [name, file] of [
      ["@crazyrouter/mcp", "crazyrouter-mcp"],
      ["n8n-nodes-crazyrouter", "n8n-nodes-crazyrouter"],
    ]) {
      const staging = mkdtempSync(join(tmpdir(), "crazyrouter-tarball-"));
      spawnSync("mkdir", ["-p", join(staging, "package")]);
      writeFileSync(join(staging, "package", "package.json"), JSON.stringify({ name, version }));
      spawnSync("tar", ["-czf", join(assets, `${file}-${version}.tgz`), "-C", staging, "package"]);
    }
    copyFileSync(join(REPOSITORY_ROOT, "LICENSE"), join(assets, "crazyrouter-mcp.mjs"));
    return assets;
  }

  it("publishes each npm tarball of the assets with provenance, and skips a version already on the registry", () => {
    const npm = fakeNpm([`n8n-nodes-crazyrouter@${version}`]);
    const result = runWorkflowStep("Publish the npm packages with provenance", { ASSETS_DIR: assetsWithTarballs(), PATH: `${npm.bin}:${process.env.PATH}` });
    expect(result.status, result.stderr).toBe(0);
    const calls = readFileSync(npm.log, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as string[]);
    expect(calls.filter((call) => call[0] === "publish").map((call) => [call[1]?.split("/").pop(), ...call.slice(2)])).toEqual([
      [`crazyrouter-mcp-${version}.tgz`, "--provenance", "--access", "public"],
    ]);
    expect(result.stdout).toContain(`n8n-nodes-crazyrouter@${version}: already on the registry, skipped`);
    expect(result.stdout).toContain(`@crazyrouter/mcp@${version}: published with provenance`);
  });
});
