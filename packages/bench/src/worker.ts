/**
 * One contender, one workload, in its own process so no client shares a heap or an event loop with
 * another. Prints one JSON line: elapsed time, operations done and peak RSS.
 */
import { parseArgs } from "node:util";
import type { BenchClient, BenchTarget } from "./bench-client.js";

export type ContenderName = "raw-undici" | "core" | "openai";
export type WorkloadName = "chat" | "stream" | "embed";

// Loaded on demand: a worker's heap holds only its own contender's code (static imports loaded the openai SDK,
// undici and the core into every worker, whichever contender it timed).
const factories: Record<ContenderName, () => Promise<(target: BenchTarget) => BenchClient>> = {
  "raw-undici": async () => (await import("./clients/raw-undici-client.js")).createRawUndiciBenchClient,
  core: async () => (await import("./clients/core-client.js")).createCoreBenchClient,
  openai: async () => (await import("./clients/openai-client.js")).createOpenAiBenchClient,
};

async function runConcurrently(total: number, concurrency: number, task: () => Promise<unknown>): Promise<void> {
  let started = 0;
  const lane = async () => {
    while (started < total) {
      started += 1;
      await task();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

const { values } = parseArgs({
  options: {
    contender: { type: "string" },
    workload: { type: "string" },
    requests: { type: "string" },
    concurrency: { type: "string", default: "1" },
    "base-url": { type: "string" },
    "api-key": { type: "string" },
    "stream-chunks": { type: "string", default: "1000" },
    "embed-inputs": { type: "string", default: "2048" },
  },
});

const contender = values.contender as ContenderName;
const workload = values.workload as WorkloadName;
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const streamChunks = Number(values["stream-chunks"]);
const client = (await factories[contender]())({ baseUrl: values["base-url"] ?? "", apiKey: values["api-key"] ?? "", streamChunks });
const texts = Array.from({ length: Number(values["embed-inputs"]) }, (_, index) => `benchmark sentence number ${index}`);

const once: Record<WorkloadName, () => Promise<void>> = {
  chat: async () => {
    if ((await client.chat()) !== "OK") throw new Error("unexpected chat answer");
  },
  stream: async () => {
    const chunks = await client.stream();
    if (chunks !== streamChunks) throw new Error(`expected ${streamChunks} chunks, got ${chunks}`);
  },
  embed: async () => {
    const vectors = await client.embed(texts);
    if (vectors.length !== texts.length || vectors[0]?.length !== 1536) throw new Error("unexpected embeddings");
  },
};

// Warm up connections and the JIT before the clock starts: a fifth of the measured work, the same for
// every contender, so code that needs longer to reach optimised tiers is not measured while interpreted.
await runConcurrently(Math.max(concurrency, Math.ceil(requests / 5)), concurrency, once[workload]);
const started = performance.now();
await runConcurrently(requests, concurrency, once[workload]);
const elapsedMs = performance.now() - started;
await client.close();
process.stdout.write(`${JSON.stringify({ elapsedMs, operations: requests, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
