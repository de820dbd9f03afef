import type { DoctorReport, DoctorStep, DoctorStepId } from "./doctor-report.js";

/** Receives the run as it happens: live in a terminal, plain lines in CI and pipes, JSON at the end. */
export interface DoctorRenderer {
  stepStarted(step: { id: DoctorStepId; title: string; index: number; total: number }): void;
  stepFinished(step: DoctorStep): void;
  finished(report: DoctorReport): void;
}
