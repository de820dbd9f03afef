/**
 * Times commands run alternately (a, b, a, b, ...) and prints the median wall time of each as JSON. Run as
 * its own small process: spawned from the benchmark's process after its scenarios, every command took ~12 ms
 * longer (bare `node -e 0`: 56-58 ms against 39-45 ms), which flattered the one-shot ratio.
 *
 * Usage: node time-commands.js '{"runs":21,"commands":[["node",["-e","0"]],...]}'
 */
import { execFileSync } from "node:child_process";
import { median } from "./statistics.js";

const { runs, commands } = JSON.parse(process.argv[2] ?? "{}") as { runs: number; commands: [string, string[]][] };
const samples: number[][] = commands.map(() => []);
for (let index = 0; index < runs; index += 1) {
  for (const [position, [command, args]] of commands.entries()) {
    const started = performance.now();
    execFileSync(command, args, { stdio: "ignore", timeout: 30_000 });
    samples[position]?.push(performance.now() - started);
  }
}
console.log(JSON.stringify(samples.map(median)));
