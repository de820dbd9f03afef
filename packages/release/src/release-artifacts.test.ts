/**
 * Done when a user can install everything from the release alone. `generate` writes the artifacts (Dify packages
 * signed with a throwaway publisher key), the release workflow's own collect step gathers them, and the folder is
 * copied where nothing of the workspace is near. From there, each artifact is installed the way its README says
 * and checked by the tool its users have: npm and the MCP Inspector, node, the official mcpb tool and Claude
 * Desktop's loader, a real n8n, the Dify daemon's signature check, Coze Studio's import.
 */
import { execFile, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { importIntoCozeStudio } from "@crazyrouter/coze/testing";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { uploadToDaemon } from "@crazyrouter/dify/testing";
import { MCP_BUNDLE_FILE, MCPB_FILE, TOOL_NAMES } from "@crazyrouter/mcp";
import { claudeDesktopLaunch, exerciseServer, unpackAndValidateMcpb } from "@crazyrouter/mcp/testing";
import {
  crazyrouterCredential,
  ensureN8nInstalled,
  exampleWith,
  importAndExecute,
  installAsDocumented,
  n8nEnvironment,
  parseRunOutput,
} from "n8n-nodes-crazyrouter/e2e";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THIRD_PARTY_NOTICES_FILE } from "@crazyrouter/third-party-notices";
import { bundledPackages } from "./bundled-packages.ts";
import { runWorkflowStep } from "./release-workflow.ts";
import { REPOSITORY_ROOT, workspacePackages } from "./workspace-packages.ts";

const run = promisify(execFile);

const version = workspacePackages()[0]!.manifest.version;
const workDir = mkdtempSync(join(tmpdir(), "crazyrouter-release-"));
/** The release as a user downloads it: this folder and nothing else. */
const download = join(workDir, "download");
let gateway: DevGateway;

beforeAll(async () => {
  const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  // What `.ci/pnpm generate` runs after the build, with the signing key as the workflow passes it.
  await run(process.execPath, [join(REPOSITORY_ROOT, "packages", "cli", "dist", "bin.js"), "generate", "--out", join(workDir, "artifacts")], {
    cwd: workDir,
    env: { PATH: process.env.PATH ?? "", npm_execpath: process.env.npm_execpath ?? "", CRAZYROUTER_DIFY_SIGNING_KEY: privateKey },
    timeout: 300_000,
  });
  const collected = runWorkflowStep("Collect the release assets", {
    ARTIFACTS_DIR: join(workDir, "artifacts"),
    ASSETS_DIR: join(workDir, "release-assets"),
    NOTES_FILE: join(workDir, "release-notes.md"),
    GITHUB_REF_NAME: `v${version}`,
  });
  if (collected.status !== 0) throw new Error(`the collect step failed:\n${collected.stderr}`);
  cpSync(join(workDir, "release-assets"), download, { recursive: true });
  gateway = await startDevGateway();
}, 600_000);

afterAll(async () => {
  await gateway?.close();
  for (const folder of [workDir, ...userFolders]) rmSync(folder, { recursive: true, force: true });
});

const asset = (name: string) => join(download, name);
/** An empty folder away from the workspace, as a user's machine has; removed after the suite. */
const userFolders: string[] = [];
function emptyFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `crazyrouter-user-${name}-`));
  userFolders.push(folder);
  return folder;
}

it("holds every file the READMEs point users to, each matching SHA256SUMS", () => {
  expect(readdirSync(download).sort()).toEqual(
    [
      "SHA256SUMS",
      `crazyrouter-${version}.difypkg`,
      `crazyrouter_image-${version}.difypkg`,
      `crazyrouter_bundle-${version}.difybndl`,
      "crazyrouter.public.pem",
      "crazyrouter.yaml",
      "crazyrouter.json",
      "crazyrouter-cn.yaml",
      "crazyrouter-cn.json",
      `crazyrouter-mcp-${version}.tgz`,
      MCP_BUNDLE_FILE,
      MCPB_FILE,
      `n8n-nodes-crazyrouter-${version}.tgz`,
      THIRD_PARTY_NOTICES_FILE,
    ].sort(),
  );
  const verified = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: download, encoding: "utf8" });
  expect(verified.status, verified.stdout + verified.stderr).toBe(0);
});

describe("the MCP server", () => {
  const inspector = join(
    dirname(createRequire(import.meta.url).resolve("@modelcontextprotocol/inspector/package.json")),
    "clients",
    "launcher",
    "build",
    "index.js",
  );

  it("installs from its tarball into an empty folder with npm alone, and the MCP Inspector lists and calls its tools", { timeout: 120_000 }, async () => {
    const folder = emptyFolder("mcp-npm");
    writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "user", private: true }));
    const installed = spawnSync("npm", ["install", "--offline", "--no-audit", "--no-fund", asset(`crazyrouter-mcp-${version}.tgz`)], {
      cwd: folder,
      encoding: "utf8",
    });
    expect(installed.status, installed.stderr).toBe(0);
    const bin = join(folder, "node_modules", ".bin", "crazyrouter-mcp");
    const home = emptyFolder("inspector-home");
    const inspect = (args: string[]) =>
      run(process.execPath, [inspector, "--cli", ...args], {
        cwd: folder,
        env: { PATH: process.env.PATH ?? "", HOME: home, MCP_CATALOG_PATH: join(home, "mcp.json") },
        timeout: 60_000,
      });
    const listed = JSON.parse((await inspect([bin, "--method", "tools/list"])).stdout) as { tools: Array<{ name: string }> };
    expect(listed.tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    const env = ["-e", `CRAZYROUTER_API_KEY=${gateway.apiKey}`, "-e", `CRAZYROUTER_BASE_URL=${gateway.baseUrl}`];
    const called = JSON.parse(
      (await inspect([...env, bin, "--method", "tools/call", "--tool-name", "crazyrouter_chat", "--tool-arg", "prompt=Reply only OK"])).stdout,
    ) as { content: Array<{ text: string }> };
    expect(called.content[0]?.text).toBe("OK");
  });

  it("runs from the single file with plain node", { timeout: 60_000 }, async () => {
    const result = await exerciseServer({
      command: process.execPath,
      args: [asset(MCP_BUNDLE_FILE)],
      cwd: emptyFolder("mcp-file"),
      env: { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl },
    });
    expect(result.tools).toEqual([...TOOL_NAMES]);
    expect(result.failed, JSON.stringify(result.texts)).toEqual([]);
  });

  it("ships the third-party notices of every package the single file inlines, beside it and inside the .mcpb", () => {
    const notices = readFileSync(asset(THIRD_PARTY_NOTICES_FILE), "utf8");
    // The module comments esbuild leaves in the released file say what it holds; each needs its notice.
    const inlined = bundledPackages([readFileSync(asset(MCP_BUNDLE_FILE), "utf8")], join(REPOSITORY_ROOT, "packages", "mcp")).map(
      (dependency) => `${dependency.name}@${dependency.version}`,
    );
    expect(inlined.some((id) => id.startsWith("@modelcontextprotocol/sdk@"))).toBe(true);
    expect([...notices.matchAll(/^## (\S+@\S+)$/gm)].map((match) => match[1]).sort()).toEqual(inlined.sort());
    const { folder } = unpackAndValidateMcpb(asset(MCPB_FILE));
    expect(readFileSync(join(folder, THIRD_PARTY_NOTICES_FILE), "utf8")).toBe(notices);
  });

  it("ships an MCP Bundle the official mcpb tool validates and Claude Desktop's loader starts", { timeout: 60_000 }, async () => {
    const { folder, manifest, validation } = unpackAndValidateMcpb(asset(MCPB_FILE));
    expect(validation).toMatch(/Manifest schema validation passes/);
    const launch = await claudeDesktopLaunch(folder, manifest, { api_key: gateway.apiKey, base_url: gateway.baseUrl });
    const result = await exerciseServer(launch!);
    expect(result.failed, JSON.stringify(result.texts)).toEqual([]);
    expect(result.texts.crazyrouter_chat).toBe("OK");
  });
});

it("installs the n8n node into a real n8n by the README's commands and runs the example workflow", { timeout: 25 * 60_000 }, async () => {
  ensureN8nInstalled();
  const userFolder = emptyFolder("n8n");
  // The README's commands run next to the tarball; the user copied it there from the release.
  const tarball = join(userFolder, `n8n-nodes-crazyrouter-${version}.tgz`);
  cpSync(asset(`n8n-nodes-crazyrouter-${version}.tgz`), tarball);
  installAsDocumented(tarball, userFolder);
  const result = await importAndExecute({
    env: await n8nEnvironment(userFolder),
    userFolder,
    credentials: [crazyrouterCredential({ id: "releaseCredential1", apiKey: gateway.apiKey, baseUrl: gateway.url })],
    workflow: exampleWith("releaseCredential1", "releaseExample1"),
    timeoutMs: 180_000,
  });
  expect(result.code, result.stdout.slice(-3000) + result.stderr.slice(-3000)).toBe(0);
  const runData = parseRunOutput(result.stdout).data.resultData.runData;
  expect(runData.Chat?.[0]?.data?.main[0]?.[0]?.json.text).toBe("OK");
  expect(runData.Models?.[0]?.data?.main[0]?.map((item) => item.json.id)).toContain("gpt-5.4");
});

it("ships Dify packages that Dify's plugin daemon accepts with the released public key, and refuses without it", () => {
  const trusting = {
    THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED: "true",
    THIRD_PARTY_SIGNATURE_VERIFICATION_PUBLIC_KEYS: asset("crazyrouter.public.pem"),
  } as const;
  const packages = readdirSync(download).filter((name) => /\.(difypkg|difybndl)$/.test(name));
  expect(packages).toHaveLength(3);
  for (const name of packages) {
    const upload = uploadToDaemon(asset(name), trusting);
    expect(upload.accepted, `${name}: ${upload.error ?? ""}`).toBe(true);
    expect(
      upload.packages.every((entry) => entry.verified),
      name,
    ).toBe(true);
    expect(uploadToDaemon(asset(name)).accepted, `${name} with the daemon's defaults`).toBe(false);
  }
});

it("ships Coze specs that go through Coze Studio's import", { timeout: 120_000 }, () => {
  for (const name of ["crazyrouter.yaml", "crazyrouter-cn.yaml", "crazyrouter.json", "crazyrouter-cn.json"]) {
    const imported = importIntoCozeStudio(readFileSync(asset(name), "utf8"));
    expect(
      imported.stages.filter((stage) => stage.error),
      name,
    ).toEqual([]);
    expect(imported.stored, name).toBeDefined();
  }
});
