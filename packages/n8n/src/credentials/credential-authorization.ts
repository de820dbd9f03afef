import { MAX_API_KEY_LENGTH, PRINTABLE_ASCII_CLASS, SPACE_CLASS } from '@crazyrouter/core';

import { cleanedTextSource, expressionOf, isQuotedSource, trimmedSource } from './pasted-text-source';

/**
 * The Authorization header of every request n8n sends with this credential (the credential test and, through
 * `httpRequestWithAuthentication`, the node's calls), as an n8n expression: the core's checkApiKey step for step,
 * from the core's own character sets and limit, checked against the core's key table in n8n's expression engines
 * (credential-authorization.test.ts). An expression cannot raise an error n8n shows, so where the core refuses a
 * key the header carries none of it (`Bearer `): the gateway answers 401 and the test shows the core's 401 hint.
 * The node's own calls never rely on this: the core has refused such a key before any request.
 */
export function authorizationHeaderExpression(): string {
	return expressionOf(
		[
			`let key = ${cleanedTextSource('String($credentials.apiKey ?? "")')};`,
			// Spaces, a Bearer prefix and quotes come off in any order, as often as they were pasted.
			'let before = "";',
			'while (key !== before) {',
			'  before = key;',
			`  key = ${trimmedSource('key')};`,
			`  if (key === before) key = key.replace(/^bearer[${SPACE_CLASS}]+/i, "");`,
			`  if (key === before && ${isQuotedSource('key')}) key = key.slice(1, -1);`,
			'}',
			`const usable = key !== "" && !/[${SPACE_CLASS}]/.test(key) && /^[${PRINTABLE_ASCII_CLASS}]+$/.test(key) && key.length <= ${MAX_API_KEY_LENGTH};`,
			'return usable ? key : "";',
		],
		'Bearer ',
	);
}
