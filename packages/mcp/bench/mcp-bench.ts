/**
 * Benchmarks of the built MCP server (run after `pnpm build`; `pnpm --filter @crazyrouter/mcp bench`):
 * cold start to the first tools/list answer over stdio against plain `node -e 0`, memory after startup,
 * and HTTP tool-call overhead against calling the core client directly. Numbers to watch, not pass/fail.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeClient } from "@crazyrouter/core/node";
import { startDevGateway } from "@crazyrouter/dev-gateway";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "bin.js");
const COLD_START_RUNS = 15;
const HTTP_CALLS = 500;
const HTTP_CONCURRENCY = 50;
const WARMUP_CALLS = 50;
const RUN_TIMEOUT_MS = 10_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Spawn-to-exit of a bare Node: the floor any Node CLI starts from. */
function nodeBaseline(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
  });
}

/** Spawn-to-tools/list-answer over stdio, and the process's resident memory at that moment. */
function coldStart(): Promise<{ ms: number; rssKb: number | undefined }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN], { env: { PATH: process.env.PATH ?? "" }, stdio: ["pipe", "pipe", "ignore"] });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("no tools/list answer in time"));
    }, RUN_TIMEOUT_MS);
    let buffered = "";
    let result: { ms: number; rssKb: number | undefined } | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      if (result || !buffered.includes('"id":2')) return;
      const elapsed = performance.now() - started;
      let rssKb: number | undefined;
      try {
        rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
      } catch {
        rssKb = undefined; // not Linux
      }
      result = { ms: elapsed, rssKb };
      child.stdin.end();
    });
    child.on("close", () => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error("exited before answering tools/list"));
    });
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "bench", version: "0" } },
    });
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    send({ jsonrpc: "2.0", id: 2, method: "tools/list" });
  });
}

async function runConcurrently(count: number, concurrency: number, call: (index: number) => Promise<void>): Promise<{ totalMs: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const callStarted = performance.now();
        await call(index);
        latencies.push(performance.now() - callStarted);
      }
    }),
  );
  return { totalMs: performance.now() - started, latencies };
}

function startHttpBin(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "--http", "--port", "0"], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("HTTP server did not start"));
    }, RUN_TIMEOUT_MS);
    let stderr = "";
    const exited = new Promise<void>((done) => child.on("close", () => done()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (\S+)/.exec(stderr)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        async stop() {
          child.kill("SIGTERM");
          const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

async function main(): Promise<void> {
  const baselines: number[] = [];
  const starts: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < COLD_START_RUNS; run++) {
    baselines.push(await nodeBaseline());
    const start = await coldStart();
    starts.push(start.ms);
    if (start.rssKb) rss.push(start.rssKb);
  }

  const gateway = await startDevGateway();
  const client = createNodeClient({ apiKey: gateway.apiKey, baseUrl: gateway.baseUrl });
  const request = { model: "claude-sonnet-4-6", messages: [{ role: "user" as const, content: "Reply only OK" }] };
  const direct = async () => {
    await client.chat(request);
  };
  await runConcurrently(WARMUP_CALLS, HTTP_CONCURRENCY, direct);
  const directRun = await runConcurrently(HTTP_CALLS, HTTP_CONCURRENCY, direct);

  const server = await startHttpBin({ CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl });
  const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
  const viaMcp = async (index: number) => {
    const body = {
      jsonrpc: "2.0",
      id: index,
      method: "tools/call",
      params: { name: "crazyrouter_chat", arguments: { prompt: "Reply only OK", model: request.model } },
    };
    const response = await fetch(server.url, { method: "POST", headers, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok || !text.includes('"text":"OK"')) throw new Error(`unexpected MCP answer ${response.status}: ${text.slice(0, 200)}`);
  };
  await runConcurrently(WARMUP_CALLS, HTTP_CONCURRENCY, viaMcp);
  const mcpRun = await runConcurrently(HTTP_CALLS, HTTP_CONCURRENCY, viaMcp);
  await server.stop();
  await client.close();
  await gateway.close();

  const baseline = median(baselines);
  const coldStartMedian = median(starts);
  const rows: Array<[string, string, string]> = [
    ["node -e 0 (baseline), median", ms(baseline), "1.00x"],
    ["stdio: spawn to tools/list answer, median", ms(coldStartMedian), `${(coldStartMedian / baseline).toFixed(2)}x baseline`],
    ["stdio: RSS at first tools/list, median", rss.length ? `${(median(rss) / 1024).toFixed(1)} MiB` : "n/a", ""],
    [`core client: ${HTTP_CALLS} chat calls @${HTTP_CONCURRENCY}`, ms(directRun.totalMs), `${((HTTP_CALLS / directRun.totalMs) * 1000).toFixed(0)} calls/s`],
    [
      `MCP over HTTP: ${HTTP_CALLS} tool calls @${HTTP_CONCURRENCY}`,
      ms(mcpRun.totalMs),
      `${((HTTP_CALLS / mcpRun.totalMs) * 1000).toFixed(0)} calls/s, ${(mcpRun.totalMs / directRun.totalMs).toFixed(2)}x core`,
    ],
    [
      "latency p50 core / MCP",
      `${ms(median(directRun.latencies))} / ${ms(median(mcpRun.latencies))}`,
      `+${ms(median(mcpRun.latencies) - median(directRun.latencies))} per call`,
    ],
    ["latency p95 core / MCP", `${ms(percentile(directRun.latencies, 95))} / ${ms(percentile(mcpRun.latencies, 95))}`, ""],
    ["MCP overhead per call (wall time / calls)", ms((mcpRun.totalMs - directRun.totalMs) / HTTP_CALLS), ""],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  process.stdout.write(`@crazyrouter/mcp benchmarks (Node ${process.versions.node}, ${COLD_START_RUNS} cold starts)\n`);
  for (const row of rows) process.stdout.write(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
