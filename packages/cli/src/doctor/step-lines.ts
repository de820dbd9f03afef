import type { DoctorStep } from "./doctor-report.js";
import { formatDuration } from "./format-duration.js";

/** A finished step as text: the headline, then the fix (indented) for failures and warnings. */
export function stepLines(step: DoctorStep): { headline: string; fix: string | undefined } {
  const duration = step.status === "skip" ? "" : ` (${formatDuration(step.durationMs)})`;
  const fix = step.fix && (step.status === "fail" || step.status === "warn") ? step.fix : undefined;
  return { headline: `${step.title}: ${step.detail}${duration}`, fix };
}
