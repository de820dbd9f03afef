import { listModelsOperation, operations, REGIONS, type Region, regionBaseUrl } from '@crazyrouter/core';

import { CUSTOM_REGION } from './credential-base-url';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * n8n runs the credential test as a declarative request, so the base URL has to be an n8n expression; the
 * core cannot run there. This builds that expression from the core's own data (region URLs, endpoint paths)
 * so that the forms users paste into the custom URL (root, `/v1`, a full endpoint URL, a trailing slash, a
 * tracking query string, no scheme) reach `GET {base}/models` the way `normalizeBaseUrl` would send them.
 * A unit test checks it against `normalizeBaseUrl` on those forms.
 */
export function credentialTestBaseUrlExpression(): string {
	const regionCases = (Object.keys(REGIONS) as Region[])
		.map((region) => `$credentials.region === ${JSON.stringify(region)} ? ${JSON.stringify(regionBaseUrl(region))} : `)
		.join('');
	const endpoints = operations
		.map((operation) => operation.path)
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
	const url = '$credentials.baseUrl.trim()';
	const custom =
		`((/^[a-z][a-z0-9+.-]*:\\/\\//i.test(${url}) ? '' : 'https://') + ${url}` +
		`.split(/[?#]/)[0].replace(/\\/+$/, '').replace(/(${endpoints})$/i, '').replace(/(\\/v1)+$/i, '') + '/v1')`;
	return `={{ ${regionCases}$credentials.region === ${JSON.stringify(CUSTOM_REGION)} ? ${custom} : ${JSON.stringify(regionBaseUrl('global'))} }}`;
}

/** The test request's path below the base URL, from the core's model-list operation. */
export const CREDENTIAL_TEST_PATH = listModelsOperation.path;
