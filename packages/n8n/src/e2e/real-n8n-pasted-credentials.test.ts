/* eslint-disable no-console -- End-to-end test tooling (progress lines); it never ships. */
/**
 * A credential filled in the way users paste it, in a real n8n 2.x with its default expression engine: the key
 * as `"Bearer sk-..."` with spaces around, the base URL as a quoted full endpoint URL with a tracking query.
 * The dev gateway accepts only `Bearer <key>` on `/v1/...`, so a node run and the credential's Test passing
 * proves what the unit tests show in n8n's expression engines (credential-*.test.ts, n8n-transport.test.ts):
 * n8n sends exactly `Bearer <cleaned key>` to the canonical base. A base URL the core refuses is never called.
 */
import { FIX_HINTS, SITUATION_HINTS } from '@crazyrouter/core';
import { credentialFingerprint, type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { freePort } from './free-port';
import { N8N_VERSION } from './install-n8n';
import { type N8nOwnerSession, setUpOwner } from './n8n-owner-session';
import { prepareRealN8n, type RealN8n } from './prepare-real-n8n';
import { parseRunOutput, runN8n } from './run-n8n';
import { type N8nServer, startN8nServer } from './start-n8n-server';

const EXEC_TIMEOUT_MS = 180_000;

let gateway: DevGateway;
let n8n: RealN8n;
let server: N8nServer | undefined;

beforeAll(async () => {
	gateway = await startDevGateway({ port: 0 });
	n8n = await prepareRealN8n('pasted');
}, 25 * 60_000);

afterAll(async () => {
	await server?.stop();
	await gateway?.close();
	n8n?.remove();
});

beforeEach(() => gateway.clearRequests());

/** The owner account is set up once per server; later tests reuse its session. */
let owner: Promise<N8nOwnerSession> | undefined;
const setUpOwnerOnce = (url: string) => (owner ??= setUpOwner(url));

/** The values as pasted: what the core cleans to the gateway's key and `${gateway.url}/v1`. */
const pasted = () => ({
	apiKey: ` "Bearer ${gateway.apiKey}" \n`,
	region: 'custom',
	baseUrl: `  "${gateway.url}/v1/chat/completions?utm_source=docs"  `,
});

describe(`a credential as users paste it, in real n8n ${N8N_VERSION}`, () => {
	it('the node sends exactly Bearer <cleaned key> to the canonical base', { timeout: 10 * 60_000 }, async () => {
		const credentials = n8n.writeJson('credentials-pasted.json', [{ id: 'crazyrouterPasted1', name: 'Pasted', type: 'crazyrouterApi', data: pasted() }]);
		const imported = await runN8n(['import:credentials', `--input=${credentials}`], n8n.env, EXEC_TIMEOUT_MS);
		expect(imported.code, imported.stdout + imported.stderr).toBe(0);
		const workflow = {
			id: 'crazyrouterPasted1',
			name: 'Crazyrouter with a pasted credential',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{ id: 'b0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'b0000000-0000-4000-8000-000000000002',
					name: 'Models',
					type: 'n8n-nodes-crazyrouter.crazyrouter',
					typeVersion: 1,
					position: [240, 0],
					parameters: { resource: 'model', operation: 'getAll', returnAll: true, filter: '' },
					credentials: { crazyrouterApi: { id: 'crazyrouterPasted1', name: 'Pasted' } },
				},
			],
			connections: { Start: { main: [[{ node: 'Models', type: 'main', index: 0 }]] } },
		};
		const importedWorkflow = await runN8n(['import:workflow', `--input=${n8n.writeJson('workflow-pasted.json', workflow)}`], n8n.env, EXEC_TIMEOUT_MS);
		expect(importedWorkflow.code, importedWorkflow.stdout + importedWorkflow.stderr).toBe(0);

		const result = await runN8n(['execute', `--id=${workflow.id}`, '--rawOutput'], n8n.env, EXEC_TIMEOUT_MS);
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const models = parseRunOutput(result.stdout).data.resultData.runData.Models?.[0]?.data?.main[0] ?? [];
		expect(models.map((item) => item.json.id)).toContain('gpt-5.4');
		expect(gateway.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
			['/v1/models', credentialFingerprint(`Bearer ${gateway.apiKey}`)],
		]);
	});

	it("the credential's Test cleans the same way, and never calls a base URL the core refuses", { timeout: 10 * 60_000 }, async () => {
		server ??= await startN8nServer(n8n.env, 5 * 60_000);
		const session = await setUpOwnerOnce(server.url);
		const test = async (name: string, data: Record<string, string>) => {
			const created = await session.post('/rest/credentials', { name, type: 'crazyrouterApi', data });
			expect(created.status, JSON.stringify(created.json)).toBe(200);
			const { id } = (created.json as { data: { id: string } }).data;
			const tested = await session.post('/rest/credentials/test', { credentials: { id, name, type: 'crazyrouterApi', data } });
			expect(tested.status, JSON.stringify(tested.json)).toBe(200);
			return (tested.json as { data: { status: string; message: string } }).data;
		};

		expect(await test('Pasted', pasted())).toMatchObject({ status: 'OK' });
		expect(gateway.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
			['/v1/models', credentialFingerprint(`Bearer ${gateway.apiKey}`)],
		]);

		gateway.clearRequests();
		const withPassword = await test('Password in the URL', { ...pasted(), baseUrl: gateway.url.replace('http://', 'http://user:pw@') });
		console.log(`[real-n8n] a refused base URL: ${withPassword.status}: ${withPassword.message}`);
		expect(withPassword).toMatchObject({ status: 'Error', message: expect.stringMatching(/user name or password/) });
		expect(gateway.requests).toEqual([]);
	});

	// Through n8n's own HTTP stack (its legacy request helper): these showed "ECONNREFUSED", "EPROTO" and a 404 hint
	// about NextChat and adding /v1, which contradicted the Base URL field's tooltip.
	it("the credential's Test says what to do about an unreachable host, a URL without a scheme and a 404", { timeout: 10 * 60_000 }, async () => {
		server ??= await startN8nServer(n8n.env, 5 * 60_000);
		const session = await setUpOwnerOnce(server.url);
		const test = async (name: string, baseUrl: string) => {
			const data = { apiKey: gateway.apiKey, region: 'custom', baseUrl };
			const created = await session.post('/rest/credentials', { name, type: 'crazyrouterApi', data });
			const { id } = (created.json as { data: { id: string } }).data;
			const tested = await session.post('/rest/credentials/test', { credentials: { id, name, type: 'crazyrouterApi', data } });
			const result = (tested.json as { data: { status: string; message: string } }).data;
			console.log(`[real-n8n] Test of ${name}: ${result.status}: ${result.message}`);
			return result;
		};
		const port = await freePort();
		const unreachable = await test('Unreachable', `http://127.0.0.1:${port}/v1`);
		expect(unreachable.status).toBe('Error');
		expect(unreachable.message).toMatch(/^Could not reach 127\.0\.0\.1:\d+: /);
		expect(unreachable.message).toContain(FIX_HINTS.connection);

		const noScheme = await test('No scheme', gateway.url.replace('http://', ''));
		expect(noScheme.status).toBe('Error');
		expect(noScheme.message).toContain(SITUATION_HINTS.httpsAssumed);

		const notFound = await test('Not the API', `${gateway.url}/not-the-api`);
		expect(notFound.status).toBe('Error');
		expect(notFound.message).toContain(SITUATION_HINTS.notFoundAfterCorrection);
	});
});
