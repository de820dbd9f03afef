import type { IDataObject } from 'n8n-workflow';

/** What n8n's HTTP helpers return with `returnFullResponse: true`. */
export interface FullResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** n8n's header record (lowercase names) as the core's `get(name)`. */
export function headerGetter(headers: IDataObject | undefined): { get(name: string): string | undefined } {
	return {
		get(name) {
			const value = headers?.[name.toLowerCase()];
			if (value === undefined || value === null) return undefined;
			return Array.isArray(value) ? value.join(', ') : String(value);
		},
	};
}

/** The body as text when n8n already holds it whole; undefined when it is a stream. */
export function bodyText(body: unknown): string | undefined {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (body instanceof Uint8Array) return new TextDecoder().decode(body);
	if (body instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(body));
	if (isAsyncIterable(body)) return undefined;
	// Some n8n versions parse JSON answers despite `json: false`; give the core back the text it expects.
	return JSON.stringify(body);
}

/** A body n8n handed back (a stream, bytes, text or parsed JSON) as byte chunks; bytes pass through untouched. */
export async function* bodyChunks(body: unknown): AsyncIterable<Uint8Array> {
	if (isAsyncIterable(body)) {
		for await (const chunk of body) yield typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
		return;
	}
	if (body instanceof Uint8Array) {
		if (body.byteLength > 0) yield body;
		return;
	}
	if (body instanceof ArrayBuffer) {
		if (body.byteLength > 0) yield new Uint8Array(body);
		return;
	}
	const text = bodyText(body) ?? '';
	if (text !== '') yield new TextEncoder().encode(text);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
	return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
