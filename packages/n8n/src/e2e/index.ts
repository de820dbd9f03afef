/**
 * n8n-nodes-crazyrouter/e2e: a real headless n8n for the workspace's tests (the conformance suite's real-n8n run,
 * and the release suite, which installs the released tarball into it). Never published.
 */
export { installAsDocumented } from './documented-install';
export { crazyrouterCredential, exampleWith } from './example-workflow';
export { ensureN8nInstalled, N8N_VERSION } from './install-n8n';
export { importAndExecute, installPackedPackage, n8nEnvironment, parseRunOutput, runN8n, type CommandResult, type RunOfNode } from './run-n8n';
