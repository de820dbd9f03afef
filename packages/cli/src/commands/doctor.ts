import { CrazyrouterError, DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, DEFAULT_IMAGE_MODEL } from "@crazyrouter/core";
import type { CliConfig } from "../cli-config.js";
import type { CommandDependencies } from "../command-dependencies.js";
import { DEFAULT_DOCTOR_DIMENSIONS, DEFAULT_DOCTOR_TIMEOUT_MS, type DoctorOptions } from "../doctor/doctor-options.js";
import type { DoctorRenderer } from "../doctor/doctor-renderer.js";
import { renderJson } from "../doctor/render-json.js";
import { renderLive } from "../doctor/render-live.js";
import { renderPlain } from "../doctor/render-plain.js";
import { runDoctor } from "../doctor/run-doctor.js";

export interface DoctorFlags {
  model?: string | undefined;
  "embedding-model"?: string | undefined;
  "image-model"?: string | undefined;
  dimensions?: string | undefined;
  images?: boolean | undefined;
  regions?: boolean | undefined;
  /** From `--timeout`, parsed once by main: the deadline of each check. */
  timeoutMs?: number | undefined;
  json?: boolean | undefined;
}

function parseDimensions(text: string | undefined): number {
  if (text === undefined) return DEFAULT_DOCTOR_DIMENSIONS;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 3072) {
    throw new CrazyrouterError({
      code: "invalid_input",
      message: `--dimensions "${text}" is not a whole number from 1 to 3072.`,
      hint: "For example --dimensions 256.",
      field: "dimensions",
    });
  }
  return value;
}

export function doctorOptionsFromFlags(flags: DoctorFlags): DoctorOptions {
  return {
    chatModel: flags.model ?? DEFAULT_CHAT_MODEL,
    embeddingModel: flags["embedding-model"] ?? DEFAULT_EMBEDDING_MODEL,
    imageModel: flags["image-model"] ?? DEFAULT_IMAGE_MODEL,
    dimensions: parseDimensions(flags.dimensions),
    images: flags.images === true,
    regions: flags.regions === true,
    timeoutMs: flags.timeoutMs ?? DEFAULT_DOCTOR_TIMEOUT_MS,
  };
}

/** JSON when asked, a live checklist in a terminal, plain lines everywhere else (CI, pipes, tests). */
function chooseRenderer(flags: DoctorFlags, dependencies: CommandDependencies): DoctorRenderer {
  const { stdout, env } = dependencies;
  if (flags.json) return renderJson(stdout);
  if (stdout.isTTY && env.TERM !== "dumb") return renderLive(stdout, { clock: dependencies.clock, colour: !env.NO_COLOR });
  return renderPlain(stdout);
}

/** `crazyrouter doctor`: the setup guides' verification checklists, live; exit 1 when a check fails. */
export async function runDoctorCommand(config: CliConfig, flags: DoctorFlags, dependencies: CommandDependencies): Promise<number> {
  const options = doctorOptionsFromFlags(flags);
  const report = await runDoctor(config, options, dependencies, chooseRenderer(flags, dependencies));
  return report.ok ? 0 : 1;
}
