/**
 * `pnpm bench`: the core client against raw undici (the practical limit) and the official openai SDK, on
 * the dev gateway, each contender in its own process, interleaved and repeated; medians and ratios printed.
 * Nothing here is pass/fail: targets are printed beside the measured ratios.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { startDevGateway } from "@crazyrouter/dev-gateway";
import { median } from "./statistics.js";
import type { ContenderName, WorkloadName } from "./worker.js";

const run = promisify(execFile);
const workerPath = new URL("./worker.js", import.meta.url).pathname;
const timerPath = new URL("./time-commands.js", import.meta.url).pathname;
const oneHttpCallPath = new URL("./one-http-call.js", import.meta.url).pathname;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

interface Scenario {
  label: string;
  workload: WorkloadName;
  requests: number;
  concurrency: number;
  /** What the result is divided by for the printed per-unit figure. */
  unit: string;
  /** Issue 13's targets for core: throughput at least this ratio to raw undici, peak RSS at most this ratio. */
  target: { minRatio: number; maxRss?: number };
}

const scenarios: Scenario[] = [
  { label: "chat, 1 concurrent", workload: "chat", requests: 2000, concurrency: 1, unit: "req/s", target: { minRatio: 0.9 } },
  { label: "chat, 64 concurrent", workload: "chat", requests: 8000, concurrency: 64, unit: "req/s", target: { minRatio: 0.9 } },
  { label: "stream, 1,000 chunks", workload: "stream", requests: 100, concurrency: 1, unit: "streams/s", target: { minRatio: 0.9, maxRss: 1.2 } },
  { label: "embeddings 2,048 x 1,536 (base64)", workload: "embed", requests: 10, concurrency: 1, unit: "req/s", target: { minRatio: 0.95, maxRss: 1.1 } },
];
/** A one-shot `crazyrouter models` at most this many times a bare `node -e 0`. */
const ONE_SHOT_MAX_RATIO = 2;
/** Runs of each command: a single call varies by several ms on two cores; the median of more runs moves less between bench runs. */
const ONE_SHOT_RUNS = 41;

const verdict = (met: boolean) => (met ? "met" : "MISSED");
const describeTarget = ({ minRatio, maxRss }: Scenario["target"]) => `core >= ${minRatio}x raw${maxRss ? `, peak RSS <= ${maxRss}x raw` : ""}`;
const contenders: ContenderName[] = ["raw-undici", "core", "openai"];

interface Sample {
  throughput: number;
  maxRssMb: number;
}

async function measure(scenario: Scenario, contender: ContenderName, baseUrl: string, apiKey: string): Promise<Sample> {
  const { stdout } = await run(
    process.execPath,
    [
      workerPath,
      `--contender=${contender}`,
      `--workload=${scenario.workload}`,
      `--requests=${scenario.requests}`,
      `--concurrency=${scenario.concurrency}`,
      `--base-url=${baseUrl}`,
      `--api-key=${apiKey}`,
    ],
    { timeout: 300_000 },
  );
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { elapsedMs: number; operations: number; maxRssMb: number };
  return { throughput: (result.operations / result.elapsedMs) * 1000, maxRssMb: result.maxRssMb };
}

/**
 * Median wall times of commands run alternately (a, b, a, b, ...): a drifting machine slows both alike. They
 * are timed from a fresh small process (see time-commands), not from this one.
 */
async function timeCommandsInterleaved(commands: readonly (readonly [string, string[]])[], environment: NodeJS.ProcessEnv, runs: number): Promise<number[]> {
  const { stdout } = await run(process.execPath, [timerPath, JSON.stringify({ runs, commands })], { env: environment, timeout: 300_000 });
  return JSON.parse(stdout) as number[];
}

const format = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const gateway = await startDevGateway();
  try {
    console.log(`Benchmarks on the dev gateway (${gateway.baseUrl}); ${rounds} rounds, contenders interleaved, medians.\n`);
    // BENCH_ONLY=chat (a substring of scenario labels) narrows a run while working on one path.
    const only = process.env.BENCH_ONLY;
    for (const scenario of scenarios.filter((candidate) => !only || candidate.label.includes(only))) {
      const samples = new Map<ContenderName, Sample[]>(contenders.map((name) => [name, []]));
      for (let round = 0; round < rounds; round += 1) {
        // Rotate the order each round so no contender always runs on a warmer or cooler machine.
        const order = contenders.map((_, index) => contenders[(index + round) % contenders.length] as ContenderName);
        for (const contender of order) samples.get(contender)?.push(await measure(scenario, contender, gateway.baseUrl, gateway.apiKey));
      }
      const summary = new Map(
        contenders.map((name) => {
          const list = samples.get(name) ?? [];
          return [name, { throughput: median(list.map((sample) => sample.throughput)), maxRssMb: median(list.map((sample) => sample.maxRssMb)) }];
        }),
      );
      const raw = summary.get("raw-undici");
      console.log(`${scenario.label}  (target: ${describeTarget(scenario.target)})`);
      for (const [name, result] of summary) {
        const ratio = raw ? result.throughput / raw.throughput : Number.NaN;
        const memory = raw ? result.maxRssMb / raw.maxRssMb : Number.NaN;
        console.log(
          `  ${name.padEnd(11)} ${format(result.throughput, 1).padStart(9)} ${scenario.unit.padEnd(9)} ${format(ratio, 2)}x raw   peak RSS ${format(result.maxRssMb)} MB (${format(memory, 2)}x raw)`,
        );
      }
      const core = summary.get("core");
      if (core && raw) {
        const { minRatio, maxRss } = scenario.target;
        const ratio = core.throughput / raw.throughput;
        const memory = core.maxRssMb / raw.maxRssMb;
        const checks = [`throughput ${format(ratio, 2)}x >= ${minRatio}x: ${verdict(ratio >= minRatio)}`];
        if (maxRss) checks.push(`peak RSS ${format(memory, 2)}x <= ${maxRss}x: ${verdict(memory <= maxRss)}`);
        console.log(`  target: ${checks.join("; ")}`);
      }
      console.log("");
    }

    const require = createRequire(import.meta.url);
    const cliBin = path.join(path.dirname(require.resolve("@crazyrouter/cli/package.json")), "dist", "bin.js");
    const environment = { ...process.env, CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl };
    const [bareNode = Number.NaN, oneShot = Number.NaN, floor = Number.NaN] = await timeCommandsInterleaved(
      [
        [process.execPath, ["-e", "0"]],
        [process.execPath, [cliBin, "models"]],
        [process.execPath, [oneHttpCallPath]],
      ],
      environment,
      ONE_SHOT_RUNS,
    );
    console.log(`one-shot CLI call: start, GET /models, exit  (target: <= ${ONE_SHOT_MAX_RATIO}x bare node)`);
    console.log(`  node -e 0            ${format(bareNode, 1)} ms`);
    console.log(`  crazyrouter models   ${format(oneShot, 1)} ms  (${format(oneShot / bareNode, 2)}x bare node)`);
    console.log(`  node:http alone      ${format(floor, 1)} ms  (${format(floor / bareNode, 2)}x bare node: the same GET, nothing else; the floor)`);
    console.log(`  target: ${format(oneShot / bareNode, 2)}x <= ${ONE_SHOT_MAX_RATIO}x: ${verdict(oneShot / bareNode <= ONE_SHOT_MAX_RATIO)}`);
  } finally {
    await gateway.close();
  }
}

await main();
