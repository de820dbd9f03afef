/**
 * Dify conformance: every call Dify can make, sent as the plugin daemon sends it (a real end-user id, prompt messages
 * and model_parameters as Dify produces them, stream as Dify asks) through the real dify_plugin SDK's request models
 * and PluginExecutor (packages/dify/python-tests/test_conformance.py), on every Python and SDK pair a host may run.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DevGateway, RecordedRequest } from "@crazyrouter/dev-gateway";
import { IMAGE_PLUGIN_NAME, MODEL_PLUGIN_NAME, writeDifyPlugins } from "@crazyrouter/dify";
import { difySdkMatrix, ensureDifySdkPython, runPytest } from "@crazyrouter/dify/testing";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { startConformanceGateway } from "./conformance-gateway.js";
import { addressOf, batchConformanceTests, expressibleCalls } from "./conformance-suite.js";
import { difyDaemonCall } from "./drivers/dify-daemon-call.js";
import type { PlatformRun } from "./expect-conforming-run.js";

let gateway: DevGateway;
let outputDir: string;
let callsPath: string;

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-conformance-"));
  await writeDifyPlugins(outputDir);
  callsPath = join(outputDir, "calls.json");
  const calls = expressibleCalls(difyDaemonCall).map(({ vector, call }) => ({ name: vector.name, ...call }));
  await writeFile(callsPath, JSON.stringify(calls, null, 2));
  gateway = await startConformanceGateway();
});

afterAll(async () => {
  await gateway?.close();
  if (outputDir) await rm(outputDir, { recursive: true, force: true });
});

// The SDK sits between Dify's arguments and our request code, so every Python + dify_plugin corner a host may run
// must put the same bytes on the wire.
describe.each(difySdkMatrix())("conformance: the Dify plugins (real dify_plugin $difyPlugin, Python $python)", (runtime) => {
  const runs = new Map<string, PlatformRun>();

  beforeAll(async () => {
    const python = await ensureDifySdkPython(runtime);
    const resultsPath = join(outputDir, `results-${runtime.python}-${runtime.difyPlugin}.json`);
    const result = await runPytest({
      python,
      args: ["test_conformance.py", "-v"],
      env: {
        CRAZYROUTER_CONFORMANCE_CALLS: callsPath,
        CRAZYROUTER_CONFORMANCE_RESULTS: resultsPath,
        CRAZYROUTER_GATEWAY_URL: gateway.url,
        CRAZYROUTER_API_KEY: gateway.apiKey,
        CRAZYROUTER_MODEL_PLUGIN_DIR: join(outputDir, MODEL_PLUGIN_NAME),
        CRAZYROUTER_IMAGE_PLUGIN_DIR: join(outputDir, IMAGE_PLUGIN_NAME),
      },
      timeoutMs: 240_000,
    });
    expect(result.exitCode, result.output.split("\n").slice(-40).join("\n")).toBe(0);
    const results = JSON.parse(await readFile(resultsPath, "utf8")) as Record<string, { requests: RecordedRequest[]; error: string | null }>;
    for (const [name, { requests, error }] of Object.entries(results)) {
      runs.set(name, { requests: requests.filter((request) => request.path.startsWith("/v1/")), error: error ?? undefined });
    }
  }, 900_000);

  batchConformanceTests(
    "dify",
    difyDaemonCall,
    () => runs,
    () => addressOf(gateway),
  );
});
