import { REGIONS, type Region, regionBaseUrl } from '@crazyrouter/core';
import type { BaseUrlFixtureRow, FixtureTable } from '@crazyrouter/core/internal';
import table from '@crazyrouter/core/fixtures/base-url.json' with { type: 'json' };
import { expect, it } from 'vitest';

import { describeInExpressionEngines } from '../testing/credential-expressions';
import { CrazyrouterApi } from './CrazyrouterApi.credentials';

const { rows } = table as FixtureTable<BaseUrlFixtureRow>;
const credential = new CrazyrouterApi();

/**
 * The credential test's base URL is an n8n expression (n8n runs the test as a declarative request, the core
 * cannot run there), so the core's base-URL table is run through it in n8n's own expression engines. An
 * expression cannot raise an error n8n would show (n8n swallows them), so where the core refuses a URL the
 * expression gives '' and the test request is never sent anywhere.
 */
describeInExpressionEngines('the credential test base URL', (expressions) => {
	const baseUrl = (credentials: Record<string, string>) => expressions().testRequestField(credential, 'baseURL', credentials);

	it.each(rows.map((row) => [row.case, row] as const))('%s', (_, row) => {
		expect(baseUrl({ region: 'custom', baseUrl: row.input })).toBe(row.refused ? '' : row.baseUrl);
	});

	it.each(Object.keys(REGIONS) as Region[])('uses the %s region URL from the core, whatever the custom field holds', (region) => {
		expect(baseUrl({ region, baseUrl: 'ftp://elsewhere.example' })).toBe(regionBaseUrl(region));
	});

	it('asks for the model list below it', () => {
		expect(expressions().testRequestField(credential, 'url', {})).toBe('/models');
	});
});
