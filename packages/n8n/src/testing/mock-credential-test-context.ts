import type { ICredentialTestFunctions } from 'n8n-workflow';

interface LegacyRequest {
	uri: string;
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	followRedirect?: boolean;
	simple?: boolean;
	resolveWithFullResponse?: boolean;
}

/**
 * A stand-in for the context n8n gives a credential test function: `helpers.request` with request-promise's
 * options, over real HTTP (fetch). Network failures throw as n8n's does, with the cause's code; the real behaviour,
 * in n8n's own HTTP stack, is checked in a real n8n (e2e/real-n8n-pasted-credentials.test.ts).
 */
export function createCredentialTestContext(): { context: ICredentialTestFunctions; requests: LegacyRequest[] } {
	const requests: LegacyRequest[] = [];
	const request = async (options: LegacyRequest) => {
		requests.push(options);
		const response = await fetch(options.uri, {
			method: options.method ?? 'GET',
			headers: options.headers,
			body: options.body,
			redirect: options.followRedirect === false ? 'manual' : 'follow',
		});
		if (options.simple !== false && !response.ok) throw new Error(`HTTP ${response.status}`);
		const headers: Record<string, string> = {};
		response.headers.forEach((value, name) => (headers[name] = value));
		const body = await response.text();
		return options.resolveWithFullResponse ? { statusCode: response.status, headers, body } : body;
	};
	const context = { logger: console, helpers: { request } } as unknown as ICredentialTestFunctions;
	return { context, requests };
}
