/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling that reads the example workflow; it never ships */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const exampleWorkflow = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'n8n', 'crazyrouter-workflow.json');

/** examples/n8n/crazyrouter-workflow.json with its Crazyrouter credential pointed at `credentialId`, as workflow `id`. */
export function exampleWith(credentialId: string, id: string): Record<string, unknown> {
	const workflow = JSON.parse(readFileSync(exampleWorkflow, 'utf8')) as { nodes: Array<{ credentials?: Record<string, { id: string }> }> };
	for (const node of workflow.nodes) if (node.credentials?.crazyrouterApi) node.credentials.crazyrouterApi.id = credentialId;
	return { ...workflow, id };
}

/** A "Crazyrouter API" credential for `n8n import:credentials`, on a custom base URL. */
export function crazyrouterCredential(credential: { id: string; apiKey: string; baseUrl: string }): Record<string, unknown> {
	return {
		id: credential.id,
		name: 'Crazyrouter account',
		type: 'crazyrouterApi',
		data: { apiKey: credential.apiKey, region: 'custom', baseUrl: credential.baseUrl },
	};
}
