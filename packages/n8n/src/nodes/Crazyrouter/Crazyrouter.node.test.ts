import { credentialFingerprint, type DevGateway, type HostileGateway, startDevGateway, startHostileGateway } from '@crazyrouter/dev-gateway';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { REDIRECT_POLICY } from '../../credentials/redirect-policy';
import { startRedirectTrap } from '../../e2e/redirect-trap';
import { createMockContext, type MockContextOptions } from '../../testing/mock-execute-context';
import { Crazyrouter } from './Crazyrouter.node';

let gateway: DevGateway;
const crazyrouter = new Crazyrouter();

beforeAll(async () => {
	gateway = await startDevGateway({ port: 0 });
});
afterAll(async () => {
	await gateway.close();
});
beforeEach(() => gateway.clearRequests());

function run(options: Omit<MockContextOptions, 'credentials'> & { credentials?: MockContextOptions['credentials'] }) {
	const mock = createMockContext({
		credentials: options.credentials ?? { apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.url },
		...options,
	});
	return { mock, result: crazyrouter.execute.call(mock.context) };
}

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ json: { text: `text number ${index}` } }));
const model = (value: string) => ({ __rl: true, mode: 'list', value });

describe('Crazyrouter node against the dev gateway', () => {
	it('answers a prompt, through n8n’s authenticated helper, with the key added by the credential', async () => {
		const { mock, result } = run({
			parameters: { resource: 'chat', model: model('gpt-5.4'), inputMode: 'prompt', prompt: 'Reply only OK', systemPrompt: '', options: {} },
		});
		const [output] = await result;
		expect(output).toHaveLength(1);
		expect(output?.[0]?.json.text).toBe('OK');
		expect(output?.[0]?.json.requestId).toEqual(expect.any(String));
		expect(output?.[0]?.pairedItem).toEqual({ item: 0 });

		const [request] = gateway.requests;
		expect(request?.path).toBe('/v1/chat/completions');
		expect(request?.headers.authorization).toBe(credentialFingerprint(`Bearer ${gateway.apiKey}`));
		expect(request?.body).toEqual({ model: 'gpt-5.4', messages: [{ role: 'user', content: 'Reply only OK' }] });
		// The node leaves authentication to n8n and asks for the raw text the core parses.
		expect(mock.authenticatedRequests[0]).toMatchObject({ returnFullResponse: true, ignoreHttpStatusErrors: true, json: false, encoding: 'text' });
		expect(Object.keys(mock.authenticatedRequests[0]?.headers ?? {}).map((name) => name.toLowerCase())).not.toContain('authorization');
	});

	it('sends a messages list with a system prompt and every option', async () => {
		const { result } = run({
			parameters: {
				resource: 'chat',
				model: model('claude-sonnet-4-6'),
				inputMode: 'messages',
				messages: '[{"role": "user", "content": "Say hello"}]',
				systemPrompt: 'You answer in French.',
				options: {
					temperature: 0.2,
					max_tokens: 64,
					top_p: 0.9,
					stop: ['END'],
					presence_penalty: 0.5,
					frequency_penalty: -0.5,
					seed: 7,
					reasoning_effort: 'low',
					jsonMode: true,
				},
			},
		});
		await result;
		expect(gateway.requests[0]?.body).toEqual({
			model: 'claude-sonnet-4-6',
			messages: [
				{ role: 'system', content: 'You answer in French.' },
				{ role: 'user', content: 'Say hello' },
			],
			temperature: 0.2,
			max_tokens: 64,
			top_p: 0.9,
			stop: ['END'],
			presence_penalty: 0.5,
			frequency_penalty: -0.5,
			seed: 7,
			reasoning_effort: 'low',
			response_format: { type: 'json_object' },
		});
	});

	it('embeds 5000 items in 3 requests, one vector per item, in order', async () => {
		const { result } = run({
			items: items(5000),
			parameters: {
				resource: 'embeddings',
				embeddingModel: model('text-embedding-3-small'),
				text: (index: number) => `text number ${index}`,
				options: { dimensions: 256 },
			},
		});
		const [output] = await result;
		const embeddingRequests = gateway.requests.filter((request) => request.path === '/v1/embeddings');
		expect(embeddingRequests).toHaveLength(3);
		expect(embeddingRequests.map((request) => (request.body as { input: string[] }).input.length)).toEqual([2048, 2048, 904]);
		expect(output).toHaveLength(5000);
		output?.forEach((item, index) => {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json.dimensions).toBe(256);
			expect((item.json.embedding as number[]).length).toBe(256);
		});
		expect(output?.[0]?.json.model).toBe('text-embedding-3-small');
		// Same text, same vector: the dev gateway derives vectors from the text.
		expect(output?.[0]?.json.embedding).not.toEqual(output?.[1]?.json.embedding);
	});

	// "Encoding Format" changed nothing a user sees (vectors come out as numbers either way), so it is gone: the node
	// always asks for base64, a quarter of the bytes, and decodes it. Each output item keeps its text.
	it('gives native-length vectors as number lists next to their text, fetched as base64', async () => {
		const { result } = run({
			items: items(2),
			parameters: {
				resource: 'embeddings',
				embeddingModel: model('text-embedding-3-small'),
				text: (index: number) => `text ${index}`,
				options: { encoding_format: 'float' },
			},
		});
		const [output] = await result;
		expect(output?.map((item) => [item.json.text, item.json.dimensions])).toEqual([
			['text 0', 1536],
			['text 1', 1536],
		]);
		expect(gateway.requests[0]?.body).toMatchObject({ encoding_format: 'base64', input: ['text 0', 'text 1'] });
	});

	it('fails only the empty item when continuing on fail, and embeds the rest', async () => {
		const { result } = run({
			items: items(3),
			continueOnFail: true,
			parameters: {
				resource: 'embeddings',
				embeddingModel: model('text-embedding-3-small'),
				text: (index: number) => (index === 1 ? '' : `text ${index}`),
				options: {},
			},
		});
		const [output] = await result;
		expect(output?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(output?.[1]?.json.error).toMatch(/empty/);
		expect(output?.[0]?.json.dimensions).toBe(1536);
		expect(gateway.requests).toHaveLength(1);
	});

	it('generates an image as n8n binary data, downloading the URL without the key', async () => {
		const { mock, result } = run({
			parameters: {
				resource: 'image',
				imageModel: model('gpt-image-2'),
				prompt: 'a red bicycle',
				binaryPropertyName: 'data',
				options: { size: '1024x1024', n: 1 },
			},
		});
		const [output] = await result;
		const item = output?.[0];
		expect(item?.pairedItem).toEqual({ item: 0 });
		expect(item?.json.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__dev\/images\/.+\.png$/);
		expect(item?.json.revisedPrompt).toBe('a red bicycle (dev gateway)');
		expect(item?.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: 'crazyrouter-image-1.png' });
		expect(
			Buffer.from(item?.binary?.data?.data ?? '', 'base64')
				.subarray(1, 4)
				.toString(),
		).toBe('PNG');
		expect(mock.plainRequests).toHaveLength(1);
		expect(JSON.stringify(mock.plainRequests[0]?.headers ?? {})).not.toContain(gateway.apiKey);
		expect(gateway.requests[0]?.body).toEqual({ model: 'gpt-image-2', prompt: 'a red bicycle', size: '1024x1024', n: 1 });
	});

	it('decodes base64 images into binary data, one item per image', async () => {
		const { result } = run({
			parameters: {
				resource: 'image',
				imageModel: model('gpt-image-2'),
				prompt: 'two cats',
				binaryPropertyName: 'picture',
				options: { n: 2, response_format: 'b64_json' },
			},
		});
		const [output] = await result;
		expect(output).toHaveLength(2);
		expect(output?.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(output?.[1]?.binary?.picture?.fileName).toBe('crazyrouter-image-2.png');
	});

	it('lists models with a filter and a limit, fetching the list once', async () => {
		const { result } = run({
			items: items(2),
			parameters: { resource: 'model', returnAll: false, limit: 1, filter: (index: number) => (index === 0 ? 'EMBEDDING' : 'claude') },
		});
		const [output] = await result;
		expect(output?.map((item) => [item.json.id, item.pairedItem])).toEqual([
			['text-embedding-3-large', { item: 0 }],
			['claude-sonnet-4-6', { item: 1 }],
		]);
		expect(gateway.requests).toHaveLength(1);
	});

	// The picker lists the key's models of the resource's kind only, sorted: an embedding model is not offered for chat.
	it('feeds each resource’s model picker from /models, only models of its kind, sorted', async () => {
		const { mock } = run({ parameters: { resource: 'model' } });
		const search = async (method: keyof typeof crazyrouter.methods.listSearch, filter?: string) =>
			(await crazyrouter.methods.listSearch[method].call(mock.context, filter)).results.map((result) => result.value);
		expect(await search('searchChatModels')).toEqual(['claude-sonnet-4-6', 'gemini-3-pro-preview', 'gpt-5.4']);
		expect(await search('searchEmbeddingModels')).toEqual(['text-embedding-3-large', 'text-embedding-3-small']);
		expect(await search('searchImageModels')).toEqual(['gpt-image-2', 'qwen-image']);
		expect(await search('searchChatModels', 'CLAUDE')).toEqual(['claude-sonnet-4-6']);
	});
});

describe('errors', () => {
	const chat = (modelId: string) => ({ resource: 'chat', model: model(modelId), inputMode: 'prompt', prompt: 'Hi', systemPrompt: '', options: {} });
	const rejected = 'sk-not-a-real-one-123456';

	it('explains a rejected key with the fix hint, the status and the request id, never the key', async () => {
		const { result } = run({ credentials: { apiKey: rejected, region: 'custom', baseUrl: gateway.baseUrl }, parameters: chat('gpt-5.4') });
		const error = await result.catch((thrown: unknown) => thrown);
		expect(error).toBeInstanceOf(NodeApiError);
		const apiError = error as NodeApiError;
		expect(apiError.httpCode).toBe('401');
		expect(apiError.description).toMatch(/The API key was rejected/);
		expect(apiError.description).toMatch(/auth, HTTP 401, request \S+/);
		expect(JSON.stringify({ message: apiError.message, description: apiError.description, context: apiError.context })).not.toContain(rejected);
	});

	it('returns error items with code, hint and request id when continuing on fail', async () => {
		const { result } = run({
			continueOnFail: true,
			items: items(2),
			credentials: { apiKey: rejected, region: 'custom', baseUrl: gateway.baseUrl },
			parameters: chat('gpt-5.4'),
		});
		const [output] = await result;
		expect(output).toHaveLength(2);
		expect(output?.[1]?.pairedItem).toEqual({ item: 1 });
		expect(output?.[0]?.json).toMatchObject({ code: 'auth', status: 401, hint: expect.stringMatching(/API key/), requestId: expect.any(String) });
		expect(JSON.stringify(output)).not.toContain(rejected);
	});

	it.each([
		['fault-403', 'forbidden_model', '403', /whitelist/],
		// The credential corrects every URL to its /v1 form: the hint must not say to add /v1.
		['fault-404', 'not_found', '404', /already corrected to its \/v1 form/],
	])('explains %s', async (modelId, code, status, hint) => {
		const { result } = run({ continueOnFail: true, parameters: chat(modelId) });
		const [output] = await result;
		expect(output?.[0]?.json).toMatchObject({ code, status: Number(status), hint: expect.stringMatching(hint) });
		const thrown = await run({ parameters: chat(modelId) }).result.catch((error: unknown) => error);
		expect(thrown).toBeInstanceOf(NodeApiError);
		expect((thrown as NodeApiError).httpCode).toBe(status);
	});

	it('retries a 429 and succeeds, logging the retry', async () => {
		const { mock, result } = run({ parameters: chat('gpt-5.4'), extraHeaders: { 'x-dev-gateway-fault': '429; times=1; retry_after_ms=10' } });
		const [output] = await result;
		expect(output?.[0]?.json.text).toEqual(expect.any(String));
		expect(gateway.requests).toHaveLength(2);
		expect(mock.logs.join('\n')).toMatch(/rate_limited.*retry 1/);
	});

	it('reports invalid input as a NodeOperationError before sending anything', async () => {
		const thrown = await run({ parameters: { ...chat('gpt-5.4'), inputMode: 'messages', messages: '{not json' } }).result.catch((error: unknown) => error);
		expect(thrown).toBeInstanceOf(NodeOperationError);
		const invalid = await run({ parameters: { ...chat('gpt-5.4'), options: { temperature: 5 } } }).result.catch((error: unknown) => error);
		expect(invalid).toBeInstanceOf(NodeOperationError);
		expect((invalid as NodeOperationError).message).toMatch(/^Invalid Temperature: /);
		expect(gateway.requests).toHaveLength(0);
	});

	// Only half the story: fetch, unlike n8n, drops the key on cross-origin hops. real-n8n-redirects.test.ts
	// shows the leak this prevents in a real n8n.
	it('hands a redirect back to the core instead of following it, so the key goes nowhere else', async () => {
		const trap = await startRedirectTrap();
		try {
			for (const status of [301, 307] as const) {
				const credentials = { apiKey: gateway.apiKey, region: 'custom', baseUrl: trap.redirectingGateway[status] };
				const { mock, result } = run({ continueOnFail: true, credentials, parameters: chat('gpt-5.4') });
				const [output] = await result;
				expect(output?.[0]?.json).toMatchObject({ status, error: expect.stringContaining(String(status)) });
				expect(mock.authenticatedRequests[0]).toMatchObject(REDIRECT_POLICY);
			}
			expect(trap.trapped).toEqual([]);
		} finally {
			await trap.close();
		}
	});

	it('fails every item the same way when the credential has no key', async () => {
		const { result } = run({ continueOnFail: true, items: items(2), credentials: { apiKey: ' ', region: 'global' }, parameters: chat('gpt-5.4') });
		const [output] = await result;
		expect(output?.map((item) => item.json.code)).toEqual(['invalid_input', 'invalid_input']);
	});
});

describe('image links from a hostile gateway', () => {
	let hostile: HostileGateway;
	beforeAll(async () => {
		hostile = await startHostileGateway();
	});
	afterAll(async () => {
		await hostile.close();
	});

	it('downloads no internal, non-image or oversized link, and still outputs every link with the reason', async () => {
		hostile.answerImages([
			{ url: '{internal}/secret.png' },
			{ url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
			{ url: 'http://[::ffff:127.0.0.1]:1/' },
			{ url: 'http://localhost:1/a.png' },
			{ url: '{gateway}/images/redirect-internal' },
			{ url: '{gateway}/images/redirect-metadata' },
			{ url: '{gateway}/images/page.png' },
			{ url: '{gateway}/images/huge.png' },
			{ url: '{gateway}/images/redirect-ok' },
			{ b64_json: Buffer.from('<html>not an image</html>').toString('base64') },
		]);
		const { mock, result } = run({
			credentials: { apiKey: hostile.apiKey, region: 'custom', baseUrl: hostile.url },
			parameters: { resource: 'image', imageModel: model('gpt-image-2'), prompt: 'a lighthouse', binaryPropertyName: 'data', options: {} },
		});
		const [output] = await result;
		expect(hostile.state.internalHits).toEqual([]);
		expect(output?.map((item) => Boolean(item.binary?.data))).toEqual([false, false, false, false, false, false, false, false, true, false]);
		expect(output?.map((item) => String(item.json.notDownloaded ?? '').split(' ')[0])).toEqual([
			'127.0.0.1',
			'169.254.169.254',
			'[::ffff:7f00:1]',
			'localhost',
			'after',
			'after',
			'the',
			'the',
			'',
			'the',
		]);
		expect(output?.[0]?.json).toMatchObject({ url: `${hostile.internalUrl}/secret.png`, notDownloaded: '127.0.0.1 is a loopback address (this machine)' });
		expect(output?.[7]?.json.notDownloaded).toMatch(/over the 52428800-byte download limit/);
		expect(output?.[8]?.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: 'crazyrouter-image-9.png' });
		// The server learns of the closed connection by its own event, which may come after the run has ended.
		await expect.poll(() => hostile.state.huge.closedEarly).toBe(true);
		// The node fetched only links on the gateway's origin, never following a redirect blindly, never with the key.
		expect(mock.plainRequests.map((request) => new URL(request.url).origin).every((origin) => origin === hostile.url)).toBe(true);
		expect(mock.plainRequests.every((request) => request.disableFollowRedirect === true)).toBe(true);
		expect(hostile.state.downloads.every((download) => download.authorization === undefined)).toBe(true);
	});
});
