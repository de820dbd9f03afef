import { DEFAULT_BASE_URL, FIX_HINTS, REGIONS, type Region } from '@crazyrouter/core';
import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { authorizationHeaderExpression } from './credential-authorization';
import { CUSTOM_REGION } from './credential-base-url';
import { CREDENTIAL_TEST_PATH, credentialTestBaseUrlExpression } from './credential-test-base-url';
import { REDIRECT_POLICY, REDIRECT_STATUSES } from './redirect-policy';

/**
 * The declarative test cannot run the core, which reports redirects itself, so it states the same: not
 * followed, and what to check. The rest is the core's hint for answers that do not come from the API.
 */
const redirectRules = REDIRECT_STATUSES.map((status) => ({
	type: 'responseCode' as const,
	properties: {
		value: status,
		message: `The base URL answered with a redirect (HTTP ${status}); it is not followed, so the key is not sent to another address. ${FIX_HINTS.invalid_response}`,
	},
}));

const regionOptions = [
	...(Object.keys(REGIONS) as Region[]).map((region) => ({ name: REGIONS[region].label, value: region })),
	{ name: 'Custom URL', value: CUSTOM_REGION },
];

/**
 * One Crazyrouter key for chat, embeddings and images. n8n adds the Bearer header to every request the node
 * sends (the node uses `httpRequestWithAuthentication`), and the test lists the key's models; when it fails,
 * the message is the core's fix hint for that status instead of a bare HTTP code. Neither follows redirects.
 */
export class CrazyrouterApi implements ICredentialType {
	name = 'crazyrouterApi';

	displayName = 'Crazyrouter API';

	icon: Icon = { light: 'file:crazyrouter.svg', dark: 'file:crazyrouter.dark.svg' };

	documentationUrl = 'https://crazyrouter.com/docs';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'sk-...',
			description: 'An sk-... key from the Crazyrouter dashboard. Spaces, quotes or a "Bearer " pasted with it are ignored.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: regionOptions,
			default: 'global',
			description: 'Which Crazyrouter route to call. From mainland China, the China route is usually faster.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			placeholder: DEFAULT_BASE_URL,
			description: `Your gateway URL, ideally ending in /v1 (${DEFAULT_BASE_URL}). The root form or a full endpoint URL works too: it is corrected automatically.`,
			displayOptions: { show: { region: [CUSTOM_REGION] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				// Cleaned as the core cleans keys: pasted spaces, line breaks, quotes or a Bearer prefix are the most common 401s.
				Authorization: authorizationHeaderExpression(),
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: credentialTestBaseUrlExpression(),
			url: CREDENTIAL_TEST_PATH,
			method: 'GET',
			...REDIRECT_POLICY,
		},
		rules: [
			{ type: 'responseCode', properties: { value: 401, message: FIX_HINTS.auth } },
			{ type: 'responseCode', properties: { value: 403, message: FIX_HINTS.forbidden_model } },
			{ type: 'responseCode', properties: { value: 404, message: FIX_HINTS.not_found } },
			{ type: 'responseCode', properties: { value: 429, message: FIX_HINTS.rate_limited } },
			{ type: 'responseCode', properties: { value: 502, message: FIX_HINTS.bad_gateway } },
			{ type: 'responseCode', properties: { value: 524, message: FIX_HINTS.bad_gateway } },
			...redirectRules,
		],
	};
}
