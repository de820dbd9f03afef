import type { Transport, TransportResponse } from '@crazyrouter/core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	ISupplyDataFunctions,
} from 'n8n-workflow';

import { REDIRECT_POLICY } from '../../credentials/redirect-policy';
import { bodyChunks, bodyText, type FullResponse, headerGetter } from './full-response';
import { CREDENTIAL_TYPE } from './credential-type';
import { signingCredential } from './signing-credential';

/** The n8n contexts that can send authenticated requests (node execution, the model picker, a supplied chat model). */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | ISupplyDataFunctions;

/**
 * Adapts n8n's `httpRequestWithAuthentication` to the core's `Transport`, so every request goes through
 * n8n's own HTTP stack (proxy settings, allowed domains, audit) and n8n injects the key from the credential.
 * It sends exactly one request and never throws for HTTP statuses: the core classifies them, retries and
 * explains them. The core's own Authorization header is dropped because n8n's credential adds it, from the
 * credential handed over with the key the core cleaned (signingCredential). Redirects
 * are not followed (REDIRECT_POLICY): a 3xx goes back to the core like any other answer, so the key that n8n
 * attaches never travels to the Location's host.
 */
export function createN8nTransport(context: RequestContext, options: { timeoutMs: number; credentials: ICredentialDataDecryptedObject }): Transport {
	return async (request) => {
		const headers: IDataObject = {};
		let authorization: string | undefined;
		for (const [name, value] of Object.entries(request.headers)) {
			if (name.toLowerCase() === 'authorization') authorization = value;
			else headers[name] = value;
		}
		const requestOptions: IHttpRequestOptions = {
			url: request.url,
			method: request.method,
			headers,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			// The node only makes JSON calls (n8n items are whole values, never streams), so the body comes back as
			// text for the core's single JSON parser; `json: false` stops n8n from parsing or re-encoding it.
			encoding: 'text',
			json: false,
			timeout: options.timeoutMs,
			abortSignal: request.signal,
			...REDIRECT_POLICY,
		};
		if (request.body !== undefined) requestOptions.body = request.body;
		const credentialsDecrypted = signingCredential(context.getNode(), options.credentials, authorization);
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			CREDENTIAL_TYPE,
			requestOptions,
			credentialsDecrypted && { credentialsDecrypted },
		)) as FullResponse;
		return toTransportResponse(response);
	};
}

function toTransportResponse(response: FullResponse): TransportResponse {
	const text = bodyText(response.body);
	return {
		status: response.statusCode,
		headers: headerGetter(response.headers),
		body: bodyChunks(response.body),
		text: async () => (text === undefined ? await readAll(bodyChunks(response.body)) : text),
		discard: async () => undefined,
	};
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
	const decoder = new TextDecoder();
	let text = '';
	for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
	return text + decoder.decode();
}
