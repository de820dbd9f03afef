import { createClient } from "@crazyrouter/core";
import { createNodeHttpTransport, nodeDecodeBase64, nodeTimers } from "@crazyrouter/core/node-runtime";
import { CLI_VERSION } from "./cli-version.js";
import { writeStdout } from "./io/stdout-writer.js";
import type { ClientFactory } from "./client-factory.js";
import type { CommandDependencies } from "./command-dependencies.js";

/**
 * The client every command uses: the core on `node:http` rather than its undici pool. A CLI call makes a
 * handful of requests; loading the bundled undici costs ~40 ms of a one-shot call, and Node's built-in fetch,
 * which loads its own undici on first use, ~60 ms of CPU.
 */
export const cliClientFactory: ClientFactory = (options) => {
  const client = createClient({
    ...options,
    transport: createNodeHttpTransport(),
    timers: nodeTimers,
    decodeBase64: nodeDecodeBase64,
    userAgent: `crazyrouter-cli/${CLI_VERSION}`,
  });
  return Object.assign(client, { close: async () => undefined });
};

/** The real process: stdout, the environment, the CLI's gateway client and the performance clock (the global one). */
export function nodeDependencies(): CommandDependencies {
  return {
    env: process.env,
    stdout: {
      write: writeStdout,
      // A getter: asking creates process.stdout, which models and chat never need (see writeStdout).
      get isTTY() {
        return process.stdout.isTTY === true;
      },
    },
    createClient: cliClientFactory,
    clock: { now: () => performance.now() },
  };
}
