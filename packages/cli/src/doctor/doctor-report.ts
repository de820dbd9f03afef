// The data model of a doctor run: each step's outcome, and the whole report as `--json` prints it.

/** How one doctor check ended. `warn` passes but wants attention; `skip` says why it did not run. */
export type DoctorStatus = "pass" | "fail" | "warn" | "skip";

export type DoctorStepId = "base-url" | "api-key" | "models" | "chat" | "stream" | "embeddings" | "images" | "regions";

/** One line of the checklist, as the renderers and `--json` show it. */
export interface DoctorStep {
  id: DoctorStepId;
  title: string;
  status: DoctorStatus;
  /** What was found, in one or two sentences. */
  detail: string;
  /** What to do about a failure or warning. */
  fix: string | undefined;
  durationMs: number;
  requestId: string | undefined;
  /** The core error's code and HTTP status, when the step failed on a gateway call. */
  code: string | undefined;
  httpStatus: number | undefined;
}

/** What a check returns; run-doctor adds id, title and duration. */
export interface DoctorOutcome {
  status: DoctorStatus;
  detail: string;
  fix?: string | undefined;
  requestId?: string | undefined;
  code?: string | undefined;
  httpStatus?: number | undefined;
  /** Set when later checks are pointless (a rejected key, a wrong URL): they are skipped with this reason. */
  stopReason?: string | undefined;
}

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
