import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IMAGE_PLUGIN_NAME, MODEL_PLUGIN_NAME, writeDifyPlugins } from "@crazyrouter/dify";
import { difySdkMatrix, ensureDifySdkPython, runPytest } from "@crazyrouter/dify/testing";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conformanceVectors } from "./vectors.js";

let gateway: DevGateway;
let outputDir: string;
let vectorsPath: string;

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-conformance-"));
  await writeDifyPlugins(outputDir);
  vectorsPath = join(outputDir, "vectors.json");
  await writeFile(vectorsPath, JSON.stringify(conformanceVectors, null, 2));
  gateway = await startDevGateway();
});

afterAll(async () => {
  await gateway?.close();
  if (outputDir) await rm(outputDir, { recursive: true, force: true });
});

// The SDK sits between Dify's arguments and our request code, so every Python + dify_plugin corner a host may run
// must put the same bytes on the wire.
describe.each(difySdkMatrix())("conformance: the Dify plugins (real dify_plugin $difyPlugin, Python $python)", (runtime) => {
  let python: string;

  beforeAll(async () => {
    python = await ensureDifySdkPython(runtime);
  }, 900_000);

  it("puts every vector's request on the wire", async () => {
    const result = await runPytest({
      python,
      args: ["test_conformance.py", "-v"],
      env: {
        CRAZYROUTER_CONFORMANCE_VECTORS: vectorsPath,
        CRAZYROUTER_GATEWAY_URL: gateway.url,
        CRAZYROUTER_API_KEY: gateway.apiKey,
        CRAZYROUTER_MODEL_PLUGIN_DIR: join(outputDir, MODEL_PLUGIN_NAME),
        CRAZYROUTER_IMAGE_PLUGIN_DIR: join(outputDir, IMAGE_PLUGIN_NAME),
      },
      timeoutMs: 240_000,
    });
    if (result.exitCode !== 0) console.error(result.output);
    expect(result.exitCode, result.output.split("\n").slice(-40).join("\n")).toBe(0);
    expect(result.output).toContain(`${conformanceVectors.length + 1} passed`);
  }, 300_000);
});
