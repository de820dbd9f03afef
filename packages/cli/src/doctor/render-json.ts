import type { OutputWriter } from "../io/output-writer.js";
import type { DoctorRenderer } from "./doctor-renderer.js";

/** `--json`: nothing while running, then the whole report; absent values are null so the shape is fixed. */
export function renderJson(output: OutputWriter): DoctorRenderer {
  return {
    stepStarted() {},
    stepFinished() {},
    finished(report) {
      output.write(`${JSON.stringify(report, (_key, value: unknown) => (value === undefined ? null : value), 2)}\n`);
    },
  };
}
