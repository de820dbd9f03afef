import { performance } from "node:perf_hooks";
import { createNodeClient } from "@crazyrouter/core/node";
import type { CommandDependencies } from "./command-dependencies.js";

/** The real process: stdout, the environment, the undici client and the performance clock. */
export function nodeDependencies(): CommandDependencies {
  return {
    env: process.env,
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    createClient: (options) => createNodeClient({ ...options, userAgent: "crazyrouter-cli/0.1" }),
    clock: { now: () => performance.now() },
  };
}
