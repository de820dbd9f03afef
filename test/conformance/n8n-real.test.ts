/**
 * n8n conformance in a real headless n8n: the vectors marked `realN8n` (chat with options, a reasoning model with a
 * limit, an image part, an embeddings batch, an image, the model list), each a branch of one workflow that
 * `n8n execute` runs against the dev gateway with the packed node installed. What reached the gateway must be what
 * the table says, as through the unit harness (n8n.test.ts), here with n8n's own HTTP helper and credential
 * handling on the wire. The first run installs n8n into a cache outside the repository (several minutes).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { DevGateway } from "@crazyrouter/dev-gateway";
import { ensureN8nInstalled, installPackedPackage, N8N_VERSION, n8nEnvironment, parseRunOutput, runN8n } from "n8n-nodes-crazyrouter/e2e";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConformanceGateway } from "./conformance-gateway.js";
import { addressOf } from "./conformance-suite.js";
import { expectConformingRun, type PlatformRun } from "./expect-conforming-run.js";
import { n8nNodeSetup } from "./drivers/n8n-node-setup.js";
import { conformanceWorkflow, N8N_CREDENTIAL_ID, type WorkflowBranch } from "./drivers/n8n-workflow.js";
import { conformanceVectors } from "./vectors.js";

const EXEC_TIMEOUT_MS = 300_000;
const packageDir = dirname(createRequire(import.meta.url).resolve("n8n-nodes-crazyrouter/package.json"));

const subset = conformanceVectors.filter((vector) => vector.realN8n);
const branches: Array<WorkflowBranch & { vectorName: string }> = subset.map((vector, index) => {
  const expression = n8nNodeSetup(vector);
  if ("cannot" in expression) throw new Error(`${vector.name} is marked realN8n but the node cannot express it: ${expression.cannot}`);
  return { vectorName: vector.name, nodeName: `Call ${index + 1}`, setup: expression.call };
});

let gateway: DevGateway;
let userFolder: string;
const runs = new Map<string, PlatformRun>();

beforeAll(async () => {
  const install = ensureN8nInstalled((message) => console.log(`[n8n-real] ${message}`));
  console.log(`[n8n-real] n8n@${N8N_VERSION} ${install.installedNow ? `installed in ${Math.round(install.ms / 1000)} s` : "reused from cache"}`);
  gateway = await startConformanceGateway();
  userFolder = mkdtempSync(join(tmpdir(), "crazyrouter-n8n-conformance-"));
  const env = await n8nEnvironment(userFolder);
  installPackedPackage(packageDir, userFolder);
  const write = (name: string, value: unknown) => {
    const path = join(userFolder, name);
    writeFileSync(path, JSON.stringify(value, null, 2));
    return path;
  };
  const credentials = write("credentials.json", [
    { id: N8N_CREDENTIAL_ID, name: "Crazyrouter account", type: "crazyrouterApi", data: { apiKey: gateway.apiKey, region: "custom", baseUrl: gateway.url } },
  ]);
  for (const args of [
    ["import:credentials", `--input=${credentials}`],
    ["import:workflow", `--input=${write("workflow.json", conformanceWorkflow("crazyrouterConformance", branches))}`],
  ]) {
    const imported = await runN8n(args, env, EXEC_TIMEOUT_MS);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  }
  gateway.clearRequests();
  const result = await runN8n(["execute", "--id=crazyrouterConformance", "--rawOutput"], env, EXEC_TIMEOUT_MS);
  console.log(`[n8n-real] execute: exit ${result.code} in ${Math.round(result.ms / 1000)} s`);
  const { runData } = parseRunOutput(result.stdout).data.resultData;
  // Branches run one after another, top to bottom, and each of these calls sends one request.
  const requests = gateway.requests.filter((request) => request.path.startsWith("/v1/"));
  expect(requests, "one request per branch").toHaveLength(branches.length);
  branches.forEach((branch, index) => {
    const error = runData[branch.nodeName]?.[0]?.error;
    runs.set(branch.vectorName, { requests: requests.slice(index, index + 1), error: error ? `${error.message ?? ""} ${error.description ?? ""}` : undefined });
  });
}, 25 * 60_000);

afterAll(async () => {
  await gateway?.close();
  if (userFolder) rmSync(userFolder, { recursive: true, force: true });
});

describe(`conformance: the n8n node in a real headless n8n ${N8N_VERSION}`, () => {
  it("covers chat with options, a reasoning model with a limit, an embeddings batch, an image and the model list", () => {
    const names = subset.map((vector) => vector.name);
    for (const needed of [
      "system prompt with temperature and max_tokens",
      "reasoning model with a max_tokens limit",
      "embeddings: a batch of texts",
      "images: one image in the model's own format",
      "list the key's models",
    ]) {
      expect(names).toContain(needed);
    }
  });

  it.each(branches.map((branch) => [branch.vectorName] as const))("%s", async (name) => {
    const vector = subset.find((candidate) => candidate.name === name);
    if (!vector) throw new Error(`no vector ${name}`);
    await expectConformingRun(vector, "n8n", runs.get(name) ?? { requests: [] }, addressOf(gateway));
  });
});
