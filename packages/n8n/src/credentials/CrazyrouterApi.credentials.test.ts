import { REGIONS, type Region, regionBaseUrl } from '@crazyrouter/core';
import { describe, expect, it } from 'vitest';

import { authorizationHeaderExpression } from './credential-authorization';
import { credentialBaseUrl } from './credential-base-url';
import { CrazyrouterApi } from './CrazyrouterApi.credentials';

const credential = new CrazyrouterApi();

// What the Authorization expression gives for every row of the core's key table is checked in n8n's own
// expression engines (credential-authorization.test.ts).
describe('CrazyrouterApi credential', () => {
	// n8n uses a credential's own declarative `test` before any node's `testedBy`, and a declarative test can show
	// a network failure only as its bare code: the nodes test it with the core (credential-test.test.ts).
	it('has no declarative test, so n8n runs the nodes’ testedBy', () => {
		expect('test' in credential).toBe(false);
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
