/**
 * `pnpm --filter @crazyrouter/dify bench` (part of `pnpm bench`): the model plugin's embeddings path on a
 * knowledge-base import of 2,048 chunks, through the real dify_plugin SDK on the daemon's Python, against the dev
 * gateway with 200 ms added to every request. Batches in parallel (the plugin's bound) against the same batches one
 * after another; each run in its own Python process, modes interleaved, medians. Numbers to watch, not pass/fail.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DEFAULT_EMBEDDING_CONCURRENCY } from "@crazyrouter/core";
import { DEFAULT_DEV_GATEWAY_MODELS, startDevGateway } from "@crazyrouter/dev-gateway";
import { MODEL_PLUGIN_NAME, writeDifyPlugins } from "../dist/index.js";
import { DAEMON_RUNTIME, ensureDifySdkPython } from "../dist/testing/index.js";

const run = promisify(execFile);
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "embeddings_bench.py");
const CHUNKS = 2048;
/** A custom model's batch size (its max_chunks credential): 16 requests for the 2,048 chunks. */
const BATCH_SIZE = 128;
const LATENCY_MS = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET_SPEEDUP = 3;

interface Sample {
  elapsedMs: number;
  cpuMs: number;
  peakRssMb: number;
  vectors: number;
  digest: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const python = await ensureDifySdkPython(DAEMON_RUNTIME);
  const pluginsDir = await mkdtemp(join(tmpdir(), "crazyrouter-dify-bench-"));
  const gateway = await startDevGateway({ models: [...DEFAULT_DEV_GATEWAY_MODELS, "custom-embedding"], latencyMs: LATENCY_MS });
  try {
    await writeDifyPlugins(pluginsDir);
    const measure = async (bound: number): Promise<Sample> => {
      const args = [SCRIPT, join(pluginsDir, MODEL_PLUGIN_NAME), gateway.baseUrl, gateway.apiKey, String(CHUNKS), String(BATCH_SIZE), String(bound)];
      const { stdout } = await run(python, args, { timeout: 300_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
      return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Sample;
    };
    const modes = { sequential: 1, parallel: DEFAULT_EMBEDDING_CONCURRENCY };
    const samples: Record<keyof typeof modes, Sample[]> = { sequential: [], parallel: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      const order: (keyof typeof modes)[] = round % 2 ? ["parallel", "sequential"] : ["sequential", "parallel"];
      for (const mode of order) samples[mode].push(await measure(modes[mode]));
    }
    const summary = (mode: keyof typeof modes) => ({
      ms: median(samples[mode].map((s) => s.elapsedMs)),
      cpuMs: median(samples[mode].map((s) => s.cpuMs)),
      rss: median(samples[mode].map((s) => s.peakRssMb)),
    });
    const sequential = summary("sequential");
    const parallel = summary("parallel");
    const speedup = sequential.ms / parallel.ms;
    const digests = new Set([...samples.sequential, ...samples.parallel].map((s) => `${s.vectors}:${s.digest}`));
    const identical = digests.size === 1 && samples.parallel[0]?.vectors === CHUNKS;
    console.log(`Dify model plugin, embeddings of ${CHUNKS.toLocaleString("en-US")} chunks in batches of ${BATCH_SIZE}, ${LATENCY_MS} ms per request`);
    console.log(`(dify_plugin ${DAEMON_RUNTIME.difyPlugin} on Python ${DAEMON_RUNTIME.python}; ${ROUNDS} rounds, medians)`);
    console.log(
      `  one after another    ${sequential.ms.toFixed(0).padStart(6)} ms   CPU ${sequential.cpuMs.toFixed(0)} ms   peak RSS ${sequential.rss.toFixed(0)} MB`,
    );
    console.log(
      `  ${DEFAULT_EMBEDDING_CONCURRENCY} in flight          ${parallel.ms.toFixed(0).padStart(6)} ms   CPU ${parallel.cpuMs.toFixed(0)} ms   peak RSS ${parallel.rss.toFixed(0)} MB (${(parallel.rss / sequential.rss).toFixed(2)}x)`,
    );
    console.log(`  speed-up ${speedup.toFixed(2)}x  (target: >= ${TARGET_SPEEDUP}x: ${speedup >= TARGET_SPEEDUP ? "met" : "MISSED"})`);
    console.log(`  vectors identical in every run: ${identical ? "yes" : "NO"}`);
  } finally {
    await gateway.close();
    await rm(pluginsDir, { recursive: true, force: true });
  }
}

await main();
