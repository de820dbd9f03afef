import { FIX_HINTS, SITUATION_HINTS } from '@crazyrouter/core';
import { type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../../e2e/free-port';
import { createCredentialTestContext } from '../../testing/mock-credential-test-context';
import { Crazyrouter } from './Crazyrouter.node';
import { CREDENTIAL_TEST_METHOD, testCrazyrouterCredential } from './credential-test';

let gateway: DevGateway;
beforeAll(async () => {
	gateway = await startDevGateway({ port: 0 });
});
afterAll(async () => {
	await gateway.close();
});

async function test(data: Record<string, string>) {
	const { context, requests } = createCredentialTestContext();
	const result = await testCrazyrouterCredential.call(context, { id: '1', name: 'Crazyrouter', type: 'crazyrouterApi', data });
	return { result, requests };
}

describe('the credential’s Test', () => {
	it('is the nodes’ own test', () => {
		const { description, methods } = new Crazyrouter();
		expect(description.credentials).toEqual([{ name: 'crazyrouterApi', required: true, testedBy: CREDENTIAL_TEST_METHOD }]);
		expect(methods.credentialTest[CREDENTIAL_TEST_METHOD]).toBe(testCrazyrouterCredential);
	});

	it('lists the key’s models with the key and URL as pasted, cleaned by the core', async () => {
		const { result, requests } = await test({
			apiKey: ` "Bearer ${gateway.apiKey}" `,
			region: 'custom',
			baseUrl: `"${gateway.url}/v1/chat/completions?utm_source=docs"`,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful: this key may call 7 models.' });
		expect(requests.map((request) => [request.uri, request.headers?.authorization])).toEqual([[`${gateway.url}/v1/models`, `Bearer ${gateway.apiKey}`]]);
		expect(requests[0]).toMatchObject({ followRedirect: false, simple: false });
	});

	it('says what to do about a rejected key', async () => {
		const rejected = 'sk-not-a-real-one-123456';
		const { result } = await test({ apiKey: rejected, region: 'custom', baseUrl: gateway.url });
		expect(result.status).toBe('Error');
		expect(result.message).toContain(FIX_HINTS.auth);
	});

	// These three showed "ECONNREFUSED", "EPROTO" and a hint about NextChat and adding /v1.
	it('explains an unreachable host instead of a bare ECONNREFUSED', async () => {
		// Free a moment ago, so nothing listens there.
		const port = await freePort();
		const { result } = await test({ apiKey: gateway.apiKey, region: 'custom', baseUrl: `http://127.0.0.1:${port}/v1` });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(new RegExp(`^Could not reach 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
		expect(result.message).toContain(FIX_HINTS.connection);
	});

	it('tells a URL typed without a scheme that meets plain HTTP to write http://', async () => {
		const { result } = await test({ apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.url.replace('http://', '') });
		expect(result.status).toBe('Error');
		expect(result.message).toContain(SITUATION_HINTS.httpsAssumed);
	});

	it('answers a 404 with advice that fits a URL already corrected to /v1', async () => {
		const { result } = await test({ apiKey: gateway.apiKey, region: 'custom', baseUrl: `${gateway.url}/not-the-api` });
		expect(result.status).toBe('Error');
		expect(result.message).toContain(SITUATION_HINTS.notFoundAfterCorrection);
		expect(result.message).not.toMatch(/NextChat|must end in \/v1/);
	});

	it('refuses a URL the core refuses without calling it, and says why', async () => {
		const { result, requests } = await test({ apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.url.replace('http://', 'http://user:pw@') });
		expect(result).toMatchObject({ status: 'Error', message: expect.stringMatching(/user name or password/) });
		expect(requests).toEqual([]);
	});
});
