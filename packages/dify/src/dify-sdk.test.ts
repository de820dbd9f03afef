import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { IMAGE_DOWNLOAD_RULE_CASES } from "@crazyrouter/core/internal";
import { DEFAULT_DEV_GATEWAY_MODELS, FAULT_MODES, type HostileGateway, startDevGateway, startHostileGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAGE_PLUGIN_NAME, MODEL_PLUGIN_NAME } from "./plugin-metadata.js";
import { ensureDifySdkPython } from "./testing/dify-sdk-python.js";
import { difySdkMatrix } from "./testing/dify-sdk-runtimes.js";
import { runPytest } from "./testing/run-pytest.js";
import { writeDifyPlugins } from "./write-dify-plugins.js";

/** A model that exists on the gateway but is left out of the key's whitelist (403 model_not_allowed). */
const DENIED_MODEL = "gemini-3-pro-preview";
/** A model only reachable as a custom model, for the embeddings batch-size test. */
const CUSTOM_EMBEDDING_MODEL = "custom-embedding";
/** Models that share their reasoning, under `reasoning_content` and `reasoning` (the streamed-reasoning tests). */
const REASONING_SHARING_MODELS = ["deepseek-reasoner", "gpt-oss-120b"];
/** The core's shared rule tables, which test_shared_fixtures.py runs row for row against the plugin's Python. */
const CORE_FIXTURES_DIR = dirname(createRequire(import.meta.url).resolve("@crazyrouter/core/fixtures/base-url.json"));

let outputDir: string;
let gateway: Awaited<ReturnType<typeof startDevGateway>>;
let hostile: HostileGateway;
let leakGateway: Awaited<ReturnType<typeof startDevGateway>>;
// Not shaped like an sk- key, so only redaction of the exact secret can hide it.
const LEAK_KEY = `crz-canary-${Date.now().toString(16)}`;
let ruleCasesPath: string;

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-sdk-"));
  await writeDifyPlugins(outputDir);
  const models = [...DEFAULT_DEV_GATEWAY_MODELS, CUSTOM_EMBEDDING_MODEL, ...REASONING_SHARING_MODELS];
  gateway = await startDevGateway({ models, allowedModels: models.filter((model) => model !== DENIED_MODEL) });
  hostile = await startHostileGateway();
  leakGateway = await startDevGateway({ apiKeys: [LEAK_KEY] });
  // The core's image-download rule table, for the Python mirror to run row for row.
  ruleCasesPath = join(outputDir, "image-rule-cases.json");
  await writeFile(ruleCasesPath, JSON.stringify(IMAGE_DOWNLOAD_RULE_CASES));
});

afterAll(async () => {
  await gateway?.close();
  await hostile?.close();
  await leakGateway?.close();
  if (outputDir) await rm(outputDir, { recursive: true, force: true });
});

// Every corner of what a Dify host may run: the daemon makes a Python 3.12 venv and pip picks the newest dify_plugin
// our requirement admits; 3.11 hosts and the lowest admitted release must keep working too.
describe.each(difySdkMatrix())("the real dify_plugin SDK $difyPlugin on Python $python", (runtime) => {
  let python: string;

  beforeAll(async () => {
    python = await ensureDifySdkPython(runtime);
  }, 900_000);

  it("passes the Python suites", async () => {
    const result = await runPytest({
      python,
      args: [
        "test_plugin_files.py",
        "test_base_url.py",
        "test_shared_fixtures.py",
        "test_llm.py",
        "test_embeddings.py",
        "test_image_tool.py",
        "test_image_url_policy.py",
        "test_request_rules.py",
        "test_key_never_leaks.py",
      ],
      env: {
        CRAZYROUTER_GATEWAY_URL: gateway.url,
        CRAZYROUTER_API_KEY: gateway.apiKey,
        CRAZYROUTER_MODEL_PLUGIN_DIR: join(outputDir, MODEL_PLUGIN_NAME),
        CRAZYROUTER_IMAGE_PLUGIN_DIR: join(outputDir, IMAGE_PLUGIN_NAME),
        CRAZYROUTER_DENIED_MODEL: DENIED_MODEL,
        CRAZYROUTER_FIXTURES_DIR: CORE_FIXTURES_DIR,
        CRAZYROUTER_IMAGE_RULE_CASES: ruleCasesPath,
        CRAZYROUTER_LEAK_GATEWAY_URL: leakGateway.url,
        CRAZYROUTER_LEAK_API_KEY: LEAK_KEY,
        CRAZYROUTER_FAULT_MODES: JSON.stringify(FAULT_MODES),
        CRAZYROUTER_HOSTILE_GATEWAY_URL: hostile.url,
        CRAZYROUTER_HOSTILE_API_KEY: hostile.apiKey,
        CRAZYROUTER_HOSTILE_INTERNAL_URL: hostile.internalUrl,
        CRAZYROUTER_EXPECTED_SDK: `${runtime.python} ${runtime.difyPlugin}`,
      },
      timeoutMs: 240_000,
    });
    if (result.exitCode !== 0) console.error(result.output);
    expect(result.exitCode, result.output.split("\n").slice(-40).join("\n")).toBe(0);
    expect(result.output).toMatch(/\d+ passed/);
    // A test skipped on one SDK release would hide exactly the difference this matrix is for.
    expect(result.output).not.toMatch(/\d+ skipped/);
  }, 300_000);
});
