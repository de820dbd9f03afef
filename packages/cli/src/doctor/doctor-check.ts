import type { NormalizedBaseUrl } from "@crazyrouter/core";
import type { CliConfig } from "../cli-config.js";
import type { ClosableClient, ClientFactoryOptions } from "../client-factory.js";
import type { CommandDependencies } from "../command-dependencies.js";
import type { DoctorOptions } from "./doctor-options.js";
import type { DoctorOutcome, DoctorStepId } from "./doctor-report.js";

/** What the checks share: inputs, dependencies, and what earlier checks found out. */
export interface DoctorContext {
  config: CliConfig;
  options: DoctorOptions;
  dependencies: CommandDependencies;
  /** Set by the base-URL check. */
  baseUrl?: NormalizedBaseUrl;
  /** Set by the key check, with the client built from both. */
  apiKey?: string;
  client?: ClosableClient;
  /** Set by the models check. */
  modelIds?: string[];
  /** Set by the chat check when its model was refused: streaming the same model would only repeat it. */
  chatModelRefusal?: string;
  /** Builds a client with doctor's short deadlines and few retries (also used for the region probes). */
  makeClient(overrides: Partial<ClientFactoryOptions> & { apiKey: string; baseUrl: string }): ClosableClient;
}

/** One step of the checklist. `title` may depend on the options (it names the model it calls). */
export interface DoctorCheck {
  id: DoctorStepId;
  title(context: DoctorContext): string;
  run(context: DoctorContext): Promise<DoctorOutcome>;
}
