import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DEFAULT_DEV_GATEWAY_MODELS, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, expect, it } from "vitest";
import { IMAGE_PLUGIN_NAME, MODEL_PLUGIN_NAME } from "./plugin-metadata.js";
import { ensureDifySdkPython } from "./testing/dify-sdk-python.js";
import { runPytest } from "./testing/run-pytest.js";
import { writeDifyPlugins } from "./write-dify-plugins.js";

/** A model that exists on the gateway but is left out of the key's whitelist (403 model_not_allowed). */
const DENIED_MODEL = "gemini-3-pro-preview";
/** A model only reachable as a custom model, for the embeddings batch-size test. */
const CUSTOM_EMBEDDING_MODEL = "custom-embedding";
/** The core's shared rule tables, which test_shared_fixtures.py runs row for row against the plugin's Python. */
const CORE_FIXTURES_DIR = dirname(createRequire(import.meta.url).resolve("@crazyrouter/core/fixtures/base-url.json"));

let outputDir: string;
let python: string;
let gateway: Awaited<ReturnType<typeof startDevGateway>>;

beforeAll(async () => {
  python = await ensureDifySdkPython();
  outputDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-sdk-"));
  await writeDifyPlugins(outputDir);
  const models = [...DEFAULT_DEV_GATEWAY_MODELS, CUSTOM_EMBEDDING_MODEL];
  gateway = await startDevGateway({ models, allowedModels: models.filter((model) => model !== DENIED_MODEL) });
}, 900_000);

afterAll(async () => {
  await gateway?.close();
  if (outputDir) await rm(outputDir, { recursive: true, force: true });
});

it("passes the Python suites run against the real dify_plugin SDK", async () => {
  const result = await runPytest({
    python,
    args: ["test_plugin_files.py", "test_base_url.py", "test_shared_fixtures.py", "test_llm.py", "test_embeddings.py", "test_image_tool.py"],
    env: {
      CRAZYROUTER_GATEWAY_URL: gateway.url,
      CRAZYROUTER_API_KEY: gateway.apiKey,
      CRAZYROUTER_MODEL_PLUGIN_DIR: join(outputDir, MODEL_PLUGIN_NAME),
      CRAZYROUTER_IMAGE_PLUGIN_DIR: join(outputDir, IMAGE_PLUGIN_NAME),
      CRAZYROUTER_DENIED_MODEL: DENIED_MODEL,
      CRAZYROUTER_FIXTURES_DIR: CORE_FIXTURES_DIR,
    },
    timeoutMs: 240_000,
  });
  if (result.exitCode !== 0) console.error(result.output);
  expect(result.exitCode, result.output.split("\n").slice(-40).join("\n")).toBe(0);
  expect(result.output).toMatch(/\d+ passed/);
}, 300_000);
