import type { DoctorReport } from "./doctor-report.js";

/** The closing line both text renderers print. */
export function summarizeReport(report: DoctorReport): string {
  const { pass, fail, warn, skip } = report.counts;
  const parts = [fail && `${fail} failed`, warn && `${warn} warning${warn === 1 ? "" : "s"}`, `${pass} passed`, skip && `${skip} skipped`]
    .filter(Boolean)
    .join(", ");
  const verdict = report.ok
    ? warn
      ? "works, with warnings to read above."
      : "everything checked works."
    : "fix the failed checks above, then run doctor again.";
  return `${parts}: ${verdict}`;
}
