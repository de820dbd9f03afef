import type { DoctorStatus, DoctorStep } from "./doctor-step.js";

/** The whole run, as `--json` prints it. */
export interface DoctorReport {
  /** True when no step failed (warnings and skips do not fail a run). */
  ok: boolean;
  /** The canonical base URL in use, or the one given when it could not be read. */
  baseUrl: string;
  /** Masked; never the whole key. */
  apiKey: string | undefined;
  steps: DoctorStep[];
  counts: Record<DoctorStatus, number>;
  durationMs: number;
}
