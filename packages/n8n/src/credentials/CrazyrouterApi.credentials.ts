import { DEFAULT_BASE_URL, REGIONS, type Region } from '@crazyrouter/core';
import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { authorizationHeaderExpression } from './credential-authorization';
import { CUSTOM_REGION } from './credential-base-url';

const regionOptions = [
	...(Object.keys(REGIONS) as Region[]).map((region) => ({ name: REGIONS[region].label, value: region })),
	{ name: 'Custom URL', value: CUSTOM_REGION },
];

/**
 * One Crazyrouter key for chat, embeddings and images. n8n adds the Bearer header to every request the nodes
 * send (they use `httpRequestWithAuthentication`). "Test" is the nodes' own (`testedBy`, credential-test.ts): the
 * core lists the key's models and a failure says what to do, which a declarative test cannot (n8n shows a network
 * error's bare code, "ECONNREFUSED"). Neither follows redirects.
 */
// The rule looks for the nodes' `testedBy` in nodes/*.ts at the package root and misses this package's src/ layout;
// `pnpm scan` runs it (no inline waivers) on the starter layout, where both nodes' testedBy satisfy it.
// eslint-disable-next-line @n8n/community-nodes/credential-test-required
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
}
