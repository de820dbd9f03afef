/**
 * n8n-nodes-crazyrouter: the Crazyrouter node and credential for n8n. n8n itself loads the built files named
 * in package.json's `n8n` block; this entry is for the workspace's cross-package tests.
 */
export { Crazyrouter } from './nodes/Crazyrouter/Crazyrouter.node';
export { CrazyrouterApi } from './credentials/CrazyrouterApi.credentials';
export { CURRENT_VERSION as CRAZYROUTER_NODE_VERSION } from './nodes/Crazyrouter/node-version';
