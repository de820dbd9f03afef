import { performance } from "node:perf_hooks";
import { createClient, createFetchTransport } from "@crazyrouter/core";
import { nodeDecodeBase64, nodeTimers } from "@crazyrouter/core/node-runtime";
import type { CommandDependencies } from "./command-dependencies.js";

/** The real process: stdout, the environment, a gateway client on Node's fetch and the performance clock. */
export function nodeDependencies(): CommandDependencies {
  return {
    env: process.env,
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    // Node's built-in fetch rather than the core's undici pool: a CLI call makes a handful of requests, and
    // loading the bundled undici costs ~40 ms of a one-shot call while fetch is already part of Node.
    createClient: (options) => {
      const client = createClient({ ...options, transport: createFetchTransport(fetch), timers: nodeTimers, decodeBase64: nodeDecodeBase64, userAgent: "crazyrouter-cli/0.1" });
      return Object.assign(client, { close: async () => undefined });
    },
    clock: { now: () => performance.now() },
  };
}
