/** Test helpers shared by this package's suites (not exported from the package). */
import { performance } from "node:perf_hooks";
import type { ClientFactory } from "../client-factory.js";
import type { CommandDependencies } from "../command-dependencies.js";
import { cliClientFactory } from "../node-dependencies.js";

/** The real client, exactly as the bin makes it. */
export const nodeClientFactory: ClientFactory = cliClientFactory;

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
