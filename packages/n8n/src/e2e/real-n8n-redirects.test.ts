/* eslint-disable no-console -- End-to-end test tooling (progress lines); it never ships. */
/**
 * A gateway URL that redirects to another origin must not get the key carried across. n8n's HTTP helper
 * follows redirects and re-adds the credential's Authorization header on cross-origin hops unless a request
 * opts out; a fetch-based harness drops the header by itself, so only a real n8n shows what users get. The
 * packed package runs in headless n8n 2.x against a 301 and a 307 "gateway" whose Location is a server on
 * another port that records every Authorization header it receives: node requests (`n8n execute`) and the
 * credential's "Test" request (which only the server runs, so `n8n start` and its REST API).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { N8N_VERSION } from './install-n8n';
import { setUpOwner } from './n8n-owner-session';
import { prepareRealN8n, type RealN8n } from './prepare-real-n8n';
import { type RedirectTrap, startRedirectTrap } from './redirect-trap';
import { parseRunOutput, runN8n } from './run-n8n';
import { type N8nServer, startN8nServer } from './start-n8n-server';

const EXEC_TIMEOUT_MS = 180_000;
/** Distinctive, so a leak is unmistakable in the trap and in any output. */
const CANARY = 'sk-e2e-redirect-canary-5f0c1d9a7b3e';
const STATUSES = [301, 307] as const;

let trap: RedirectTrap;
let n8n: RealN8n;
let server: N8nServer | undefined;

beforeAll(async () => {
	trap = await startRedirectTrap();
	n8n = await prepareRealN8n('redirects');
}, 25 * 60_000);

afterAll(async () => {
	await server?.stop();
	await trap?.close();
	n8n?.remove();
});

beforeEach(() => {
	trap.trapped.length = 0;
});

const credentialId = (status: number) => `crazyrouterRedirect${status}`;

function credential(status: (typeof STATUSES)[number]) {
	return {
		id: credentialId(status),
		name: `Crazyrouter behind a ${status}`,
		type: 'crazyrouterApi',
		data: { apiKey: CANARY, region: 'custom', baseUrl: trap.redirectingGateway[status] },
	};
}

/** For each status: the model list (GET) and a chat call (POST), each continuing on fail so all four run. */
function redirectWorkflow(): Record<string, unknown> {
	const nodes: Array<Record<string, unknown>> = [
		{ id: 'a0000000-0000-4000-8000-000000000000', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
	];
	const targets: Array<{ node: string; type: string; index: number }> = [];
	for (const status of STATUSES) {
		const credentials = { crazyrouterApi: { id: credentialId(status), name: `Crazyrouter behind a ${status}` } };
		const common = { type: 'n8n-nodes-crazyrouter.crazyrouter', typeVersion: 1, onError: 'continueRegularOutput', credentials };
		nodes.push(
			{
				...common,
				id: `a0000000-0000-4000-8000-00000000${status}1`,
				name: `Models via ${status}`,
				position: [240, status],
				parameters: { resource: 'model', operation: 'getAll', returnAll: true, filter: '' },
			},
			{
				...common,
				id: `a0000000-0000-4000-8000-00000000${status}2`,
				name: `Chat via ${status}`,
				position: [480, status],
				parameters: {
					resource: 'chat',
					operation: 'complete',
					model: { __rl: true, mode: 'id', value: 'gpt-5.4' },
					inputMode: 'prompt',
					prompt: 'Reply only OK',
					systemPrompt: '',
					options: {},
				},
			},
		);
		targets.push({ node: `Models via ${status}`, type: 'main', index: 0 }, { node: `Chat via ${status}`, type: 'main', index: 0 });
	}
	return {
		id: 'crazyrouterRedirects1',
		name: 'Crazyrouter behind redirecting gateways',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: { Start: { main: [targets] } },
	};
}

describe(`a redirecting gateway in real n8n ${N8N_VERSION}`, () => {
	it('node requests are not followed across origins: the key stays home and the node reports the 3xx', { timeout: 10 * 60_000 }, async () => {
		const credentials = n8n.writeJson('credentials-redirect.json', STATUSES.map(credential));
		const imported = await runN8n(['import:credentials', `--input=${credentials}`], n8n.env, EXEC_TIMEOUT_MS);
		expect(imported.code, imported.stdout + imported.stderr).toBe(0);
		const workflow = redirectWorkflow();
		const importedWorkflow = await runN8n(['import:workflow', `--input=${n8n.writeJson('workflow-redirect.json', workflow)}`], n8n.env, EXEC_TIMEOUT_MS);
		expect(importedWorkflow.code, importedWorkflow.stdout + importedWorkflow.stderr).toBe(0);

		const result = await runN8n(['execute', `--id=${String(workflow.id)}`, '--rawOutput'], n8n.env, EXEC_TIMEOUT_MS);
		console.log(`[real-n8n] execute redirects: exit ${result.code} in ${Math.round(result.ms / 1000)} s`);

		// The leak itself: the other origin must never see the key (today it gets `Bearer <key>` on every hop).
		expect(trap.trapped.filter((request) => request.authorization !== undefined)).toEqual([]);
		expect(result.stdout + result.stderr).not.toContain(CANARY);
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const { runData } = parseRunOutput(result.stdout).data.resultData;
		for (const status of STATUSES) {
			for (const node of [`Models via ${status}`, `Chat via ${status}`]) {
				// The node hands the core the redirect itself, which reports it as a failed call with that status.
				const item = runData[node]?.[0]?.data?.main[0]?.[0]?.json;
				expect(item, node).toMatchObject({ status });
				expect(String(item?.error), node).toContain(String(status));
			}
		}
	});

	it("the credential's Test request is not followed across origins either", { timeout: 10 * 60_000 }, async () => {
		server = await startN8nServer(n8n.env, 5 * 60_000);
		const session = await setUpOwner(server.url);
		for (const status of STATUSES) {
			const { name, type, data } = credential(status);
			const unsaved = { name, type, data };
			const created = await session.post('/rest/credentials', unsaved);
			expect(created.status, JSON.stringify(created.json)).toBe(200);
			const { id } = (created.json as { data: { id: string } }).data;
			const tested = await session.post('/rest/credentials/test', { credentials: { ...unsaved, id } });
			expect(tested.status, JSON.stringify(tested.json)).toBe(200);
			const verdict = (tested.json as { data: { status: string; message: string } }).data;
			expect(verdict.status, `${status}: ${verdict.message}`).toBe('Error');
			expect(verdict.message, String(status)).toMatch(/redirect/i);
			expect(verdict.message).not.toContain(CANARY);
		}
		expect(trap.trapped.filter((request) => request.authorization !== undefined)).toEqual([]);
		expect(server.output()).not.toContain(CANARY);
	});
});
