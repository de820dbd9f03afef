/** Test helpers shared by this package's suites (not exported from the package). */
import { performance } from "node:perf_hooks";
import { createNodeClient } from "@crazyrouter/core/node";
import type { ClientFactory } from "../client-factory.js";
import type { CommandDependencies } from "../command-dependencies.js";

/** The real Node client, as the bin makes it. */
export const nodeClientFactory: ClientFactory = (options) => createNodeClient(options);

/** Dependencies that capture stdout in a string; the environment is only what the test passes. */
export function testDependencies(options: { env?: Record<string, string | undefined>; isTTY?: boolean; createClient?: ClientFactory } = {}): {
  dependencies: CommandDependencies;
  output(): string;
} {
  let text = "";
  return {
    dependencies: {
      env: options.env ?? {},
      stdout: { write: (chunk) => void (text += chunk), isTTY: options.isTTY ?? false },
      createClient: options.createClient ?? nodeClientFactory,
      clock: { now: () => performance.now() },
    },
    output: () => text,
  };
}
