/** The headless-n8n tooling, for the conformance suite's real-n8n run (package export `./e2e`; never shipped). */
export { ensureN8nInstalled, N8N_VERSION } from './install-n8n';
export { installPackedPackage, n8nEnvironment, parseRunOutput, runN8n, type CommandResult, type RunOfNode } from './run-n8n';
