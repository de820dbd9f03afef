import { FIX_HINTS, normalizeBaseUrl, regionBaseUrl } from '@crazyrouter/core';
import { describe, expect, it } from 'vitest';

import { credentialBaseUrl } from './credential-base-url';
import { CrazyrouterApi } from './CrazyrouterApi.credentials';
import { REDIRECT_POLICY, REDIRECT_STATUSES } from './redirect-policy';

const credential = new CrazyrouterApi();

/** Evaluates the test request's base URL expression the way n8n would, for given credential values. */
function testBaseUrl(credentials: { region: string; baseUrl?: string }): string {
	const expression = String(credential.test.request.baseURL);
	const body = expression.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	// eslint-disable-next-line @n8n/community-nodes/no-dangerous-functions -- evaluates our own expression in a test, as n8n's engine would
	return new Function('$credentials', `return (${body});`)(credentials) as string;
}

describe('CrazyrouterApi credential', () => {
	it('tests the key with GET {base}/models and explains failures with the core’s hints', () => {
		expect(credential.test.request).toMatchObject({ url: '/models', method: 'GET' });
		expect(credential.test.rules).toContainEqual({ type: 'responseCode', properties: { value: 401, message: FIX_HINTS.auth } });
		expect(credential.test.rules).toContainEqual({ type: 'responseCode', properties: { value: 404, message: FIX_HINTS.not_found } });
	});

	// What n8n then does with these options is shown in real n8n (e2e/real-n8n-redirects.test.ts).
	it('does not follow redirects with the key and explains each redirect status', () => {
		expect(credential.test.request).toMatchObject(REDIRECT_POLICY);
		for (const status of REDIRECT_STATUSES) {
			const rule = credential.test.rules?.find((candidate) => candidate.type === 'responseCode' && candidate.properties.value === status);
			expect(rule?.properties.message, String(status)).toMatch(new RegExp(`redirect \\(HTTP ${status}\\)`));
		}
	});

	it('sends the key as a trimmed Bearer header through n8n', () => {
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { Authorization: '=Bearer {{ $credentials.apiKey.trim() }}' } } });
		expect(credential.properties.find((property) => property.name === 'apiKey')?.typeOptions).toEqual({ password: true });
	});

	it.each(['global', 'cn', 'api'] as const)('uses the %s region URL from the core', (region) => {
		expect(testBaseUrl({ region })).toBe(regionBaseUrl(region));
		expect(credentialBaseUrl({ region })).toBe(regionBaseUrl(region));
	});

	it.each([
		'https://crazyrouter.com',
		'https://crazyrouter.com/',
		'https://crazyrouter.com/v1',
		'https://crazyrouter.com/v1/',
		'https://crazyrouter.com/v1/chat/completions',
		'https://crazyrouter.com/v1/images/generations?utm_source=docs',
		'crazyrouter.com/v1',
		'  https://my-proxy.example/team/v1/v1  ',
		'http://127.0.0.1:8787',
	])('tests a custom URL pasted as %j where the core would send requests', (pasted) => {
		expect(testBaseUrl({ region: 'custom', baseUrl: pasted })).toBe(normalizeBaseUrl(pasted).baseUrl);
		expect(credentialBaseUrl({ region: 'custom', baseUrl: pasted })).toBe(pasted);
	});
});
