import type { ClientFactory } from "./client-factory.js";
import type { Clock } from "./io/clock.js";
import type { OutputWriter } from "./io/output-writer.js";

/** Everything a gateway command touches outside its arguments, injected so tests drive it without globals. */
export interface CommandDependencies {
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputWriter;
  createClient: ClientFactory;
  clock: Clock;
}
