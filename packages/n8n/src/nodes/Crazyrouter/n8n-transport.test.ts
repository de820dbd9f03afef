import { CrazyrouterError } from '@crazyrouter/core';
import type { ApiKeyFixtureRow, FixtureTable } from '@crazyrouter/core/internal';
import table from '@crazyrouter/core/fixtures/api-key.json' with { type: 'json' };
import { credentialFingerprint, type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createMockContext } from '../../testing/mock-execute-context';
import { createNodeClient } from './create-node-client';

const { rows } = table as FixtureTable<ApiKeyFixtureRow>;
const accepted = rows.filter((row) => !row.refused);
const refused = rows.filter((row) => row.refused);

let gateway: DevGateway;
beforeAll(async () => {
	// The gateway takes exactly the cleaned keys: a header that is not `Bearer <cleaned key>` gets a 401.
	gateway = await startDevGateway({ port: 0, apiKeys: [...new Set(accepted.map((row) => row.apiKey ?? ''))] });
});
afterAll(async () => {
	await gateway.close();
});
beforeEach(() => gateway.clearRequests());

const contextFor = (row: ApiKeyFixtureRow) => createMockContext({ credentials: { apiKey: row.input, region: 'custom', baseUrl: gateway.url }, parameters: {} });

describe('the node’s requests on the core’s key table (fixtures/api-key.json)', () => {
	it.each(accepted.map((row) => [row.case, row] as const))('%s: sends exactly Bearer <the cleaned key>', async (_, row) => {
		const mock = contextFor(row);
		const client = await createNodeClient(mock.context);
		await client.listModels();
		// n8n signs with the stored credential holding the cleaned key, so its header is the core's.
		expect(mock.signedWith).toEqual([{ apiKey: row.apiKey, region: 'custom', baseUrl: gateway.url }]);
		expect(mock.authorizations).toEqual([`Bearer ${row.apiKey}`]);
		expect(gateway.requests.map((request) => request.headers.authorization)).toEqual([credentialFingerprint(`Bearer ${row.apiKey}`)]);
	});

	it.each(refused.map((row) => [row.case, row] as const))('%s: refused before any request', async (_, row) => {
		const mock = contextFor(row);
		const outcome = await createNodeClient(mock.context).then(
			() => 'created',
			(error: unknown) => error,
		);
		expect(CrazyrouterError.isInstance(outcome) && { code: outcome.code, reason: outcome.reason }).toEqual({ code: 'invalid_input', reason: row.refused });
		expect(mock.authenticatedRequests).toEqual([]);
		expect(gateway.requests).toEqual([]);
	});
});
