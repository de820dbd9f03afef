/** n8n-nodes-crazyrouter/e2e: a real headless n8n for the workspace's tests (the release suite installs the released tarball into it). Not published. */
export { installAsDocumented } from './documented-install';
export { crazyrouterCredential, exampleWith } from './example-workflow';
export { ensureN8nInstalled, N8N_VERSION } from './install-n8n';
export { importAndExecute, n8nEnvironment, parseRunOutput, type CommandResult, type RunOfNode } from './run-n8n';
