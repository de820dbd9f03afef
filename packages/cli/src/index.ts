/** Programmatic entry of the CLI, for tests and for tools that embed its commands. */
export { resolveCliConfig, type CliConfig } from "./cli-config.js";
export { reportError } from "./report-error.js";
export { runGenerate, type GenerateOptions } from "./commands/generate.js";
export { packWorkspacePackage } from "./generate/pack-workspace-package.js";
export type { CommandDependencies } from "./command-dependencies.js";
export type { ClientFactory, ClientFactoryOptions, ClosableClient } from "./client-factory.js";
export type { OutputWriter } from "./io/output-writer.js";
export { runDoctor } from "./doctor/run-doctor.js";
export { DOCTOR_CHECKS } from "./doctor/doctor-checks.js";
export type { DoctorOptions } from "./doctor/doctor-options.js";
export type { DoctorReport } from "./doctor/doctor-report.js";
export type { DoctorStep, DoctorStatus, DoctorStepId } from "./doctor/doctor-report.js";
export { runSetup, type SetupOptions, type SetupDependencies } from "./setup/run-setup.js";
export { SETUP_CLIENTS, findSetupClient } from "./setup/setup-clients.js";
