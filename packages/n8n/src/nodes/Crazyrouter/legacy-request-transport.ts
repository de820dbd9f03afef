import type { Transport } from '@crazyrouter/core';
import type { ICredentialTestFunctions } from 'n8n-workflow';

import { REDIRECT_POLICY } from '../../credentials/redirect-policy';
import { bodyChunks, bodyText, type FullResponse, headerGetter } from './full-response';

/**
 * The core's transport over the one HTTP helper n8n gives a credential test, `helpers.request` (request-promise
 * options, run by n8n's own HTTP stack: proxy, SSRF rules). One request, never thrown for an HTTP status (the core
 * classifies it), the body as text, no redirects followed. The core adds the Authorization header itself here: no
 * credential is attached to a test's requests.
 */
export function createLegacyRequestTransport(context: ICredentialTestFunctions, timeoutMs: number): Transport {
	return async (request) => {
		const response = (await context.helpers.request({
			uri: request.url,
			method: request.method,
			headers: request.headers,
			body: request.body,
			json: false,
			simple: false,
			resolveWithFullResponse: true,
			followRedirect: false,
			followAllRedirects: false,
			sendCredentialsOnCrossOriginRedirect: REDIRECT_POLICY.sendCredentialsOnCrossOriginRedirect,
			timeout: timeoutMs,
		})) as FullResponse;
		const text = bodyText(response.body) ?? '';
		return {
			status: response.statusCode,
			headers: headerGetter(response.headers),
			body: bodyChunks(text),
			text: async () => text,
			discard: async () => undefined,
		};
	};
}
