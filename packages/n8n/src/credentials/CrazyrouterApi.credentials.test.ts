import { FIX_HINTS, REGIONS, type Region, regionBaseUrl } from '@crazyrouter/core';
import { describe, expect, it } from 'vitest';

import { authorizationHeaderExpression } from './credential-authorization';
import { credentialBaseUrl } from './credential-base-url';
import { credentialTestBaseUrlExpression } from './credential-test-base-url';
import { CrazyrouterApi } from './CrazyrouterApi.credentials';
import { REDIRECT_POLICY, REDIRECT_STATUSES } from './redirect-policy';

const credential = new CrazyrouterApi();

// What the expressions give for every row of the core's tables is checked in n8n's own expression engines:
// credential-test-base-url.test.ts and credential-authorization.test.ts.
describe('CrazyrouterApi credential', () => {
	it('tests the key with GET {base}/models and explains failures with the core’s hints', () => {
		expect(credential.test.request).toMatchObject({ baseURL: credentialTestBaseUrlExpression(), url: '/models', method: 'GET' });
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

	it('sends the key, cleaned as the core cleans it, as a Bearer header through n8n', () => {
		expect(credential.authenticate).toEqual({ type: 'generic', properties: { headers: { Authorization: authorizationHeaderExpression() } } });
		expect(credential.properties.find((property) => property.name === 'apiKey')?.typeOptions).toEqual({ password: true });
	});

	it.each(Object.keys(REGIONS) as Region[])('hands the node the %s region URL from the core', (region) => {
		expect(credentialBaseUrl({ region })).toBe(regionBaseUrl(region));
	});

	it('hands the node a custom URL as pasted: the core normalises it', () => {
		expect(credentialBaseUrl({ region: 'custom', baseUrl: ' crazyrouter.com/v1/chat/completions ' })).toBe(' crazyrouter.com/v1/chat/completions ');
	});
});
