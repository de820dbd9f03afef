import type { ApiKeyFixtureRow, FixtureTable } from '@crazyrouter/core/internal';
import table from '@crazyrouter/core/fixtures/api-key.json' with { type: 'json' };
import { expect, it } from 'vitest';

import { describeInExpressionEngines } from '../testing/credential-expressions';
import { CrazyrouterApi } from './CrazyrouterApi.credentials';

const { rows } = table as FixtureTable<ApiKeyFixtureRow>;
const credential = new CrazyrouterApi();

/**
 * n8n builds the Authorization header from the credential's `authenticate` expression, for the credential test
 * and for every node request. The core's key table is run through it in n8n's own expression engines: a key
 * the core cleans goes out as `Bearer <cleaned key>`; where the core refuses the key, nothing of it is sent.
 */
describeInExpressionEngines('the Authorization header', (expressions) => {
	// A key never set is missing from the credential's data.
	const authorization = (apiKey: string | null) =>
		expressions().authenticateHeaders(credential, apiKey === null ? { region: 'global' } : { apiKey, region: 'global' }).Authorization;

	it.each(rows.map((row) => [row.case, row] as const))('%s', (_, row) => {
		expect(authorization(row.input)).toBe(row.refused ? 'Bearer ' : `Bearer ${row.apiKey}`);
	});

	// The node's transport hands n8n the key the core cleaned; n8n runs the same expression over it again.
	it.each(rows.filter((row) => !row.refused).map((row) => [row.case, row.apiKey] as const))('leaves the cleaned key of %s as it is', (_, apiKey) => {
		expect(authorization(apiKey ?? '')).toBe(`Bearer ${apiKey}`);
	});
});
