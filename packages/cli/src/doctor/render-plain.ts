import type { OutputWriter } from "../io/output-writer.js";
import type { DoctorRenderer } from "./doctor-renderer.js";
import type { DoctorStatus } from "./doctor-report.js";
import { stepLines } from "./step-lines.js";
import { summarizeReport } from "./summarize-report.js";

const TAGS: Record<DoctorStatus, string> = { pass: "[pass]", fail: "[FAIL]", warn: "[warn]", skip: "[skip]" };

/** One finished line per step, no escapes: for CI logs, pipes and tests. */
export function renderPlain(output: OutputWriter): DoctorRenderer {
  return {
    stepStarted({ index, total }) {
      if (index === 0) output.write(`crazyrouter doctor: ${total} checks\n`);
    },
    stepFinished(step) {
      const { headline, fix } = stepLines(step);
      output.write(`${TAGS[step.status]} ${headline}\n`);
      if (fix) output.write(`       fix: ${fix}\n`);
    },
    finished(report) {
      output.write(`\n${summarizeReport(report)}\n`);
    },
  };
}
