import type { Transport, TransportResponse } from '@crazyrouter/core';
import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { REDIRECT_POLICY } from '../../credentials/redirect-policy';
import { CREDENTIAL_TYPE } from './credential-type';
import { signingCredential } from './signing-credential';

/** The n8n contexts that can send authenticated requests (node execution and the model picker). */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/**
 * Adapts n8n's `httpRequestWithAuthentication` to the core's `Transport`, so every request goes through
 * n8n's own HTTP stack (proxy settings, allowed domains, audit) and n8n injects the key from the credential.
 * It sends exactly one request and never throws for HTTP statuses: the core classifies them, retries and
 * explains them. The core's own Authorization header is dropped because n8n's credential adds it, from the
 * credential handed over with the key the core cleaned (signingCredential). Redirects
 * are not followed (REDIRECT_POLICY): a 3xx goes back to the core like any other answer, so the key that n8n
 * attaches never travels to the Location's host.
 */
export function createN8nTransport(
	context: RequestContext,
	options: { timeoutMs: number; credentials: ICredentialDataDecryptedObject },
): Transport {
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
	const headers = response.headers ?? {};
	const text = bodyText(response.body);
	return {
		status: response.statusCode,
		headers: {
			get(name) {
				const value = headers[name.toLowerCase()];
				if (value === undefined || value === null) return undefined;
				return Array.isArray(value) ? value.join(', ') : String(value);
			},
		},
		body: bodyChunks(response.body),
		text: async () => (text === undefined ? await readAll(bodyChunks(response.body)) : text),
		discard: async () => undefined,
	};
}

/** The body as text when n8n already holds it whole; undefined when it is a stream. */
function bodyText(body: unknown): string | undefined {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (body instanceof Uint8Array) return new TextDecoder().decode(body);
	if (body instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(body));
	if (isAsyncIterable(body)) return undefined;
	// Some n8n versions parse JSON answers despite `json: false`; give the core back the text it expects.
	return JSON.stringify(body);
}

async function* bodyChunks(body: unknown): AsyncIterable<Uint8Array> {
	if (isAsyncIterable(body)) {
		for await (const chunk of body) yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
		return;
	}
	const text = bodyText(body) ?? '';
	if (text !== '') yield new TextEncoder().encode(text);
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
	const decoder = new TextDecoder();
	let text = '';
	for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
	return text + decoder.decode();
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
	return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
