import { type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { type INodeParameters, NodeHelpers } from 'n8n-workflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pickedModel, runCrazyrouter } from '../../testing/run-crazyrouter';
import { Crazyrouter } from './Crazyrouter.node';
import { CURRENT_VERSION } from './node-version';

const { description } = new Crazyrouter();

/** What n8n's editor does when a parameter changes: set it, then let n8n-workflow keep what is still shown. */
function edit(typeVersion: number, parameters: INodeParameters, change: INodeParameters): INodeParameters {
	const node = { typeVersion };
	return NodeHelpers.getNodeParameters(description.properties, { ...parameters, ...change }, true, false, node, description) ?? {};
}

const modelOf = (parameters: INodeParameters, name: string) => (parameters[name] as { value?: string } | undefined)?.value;

describe('switching Resource in the editor', () => {
	it('gives the new resource its own model instead of carrying the chat model over', () => {
		const added = edit(CURRENT_VERSION, {}, {});
		expect(modelOf(added, 'model')).toBe('gpt-5.4');
		const embedding = edit(CURRENT_VERSION, added, { resource: 'embeddings' });
		expect(modelOf(embedding, 'embeddingModel')).toBe('text-embedding-3-small');
		expect(embedding).not.toHaveProperty('model');
		const image = edit(CURRENT_VERSION, embedding, { resource: 'image' });
		expect(modelOf(image, 'imageModel')).toBe('gpt-image-2');
		expect(modelOf(edit(CURRENT_VERSION, image, { resource: 'chat' }), 'model')).toBe('gpt-5.4');
	});

	it('is the current version new nodes get', () => {
		expect(description.defaultVersion).toBe(CURRENT_VERSION);
		expect(description.version).toEqual([1, CURRENT_VERSION]);
	});

	// Version 1 workflows keep their one `model` parameter as they saved it.
	it('keeps version 1’s shared `model` parameter for workflows saved with it', () => {
		const embedding = edit(1, edit(1, {}, {}), { resource: 'embeddings' });
		expect(modelOf(embedding, 'model')).toBe('gpt-5.4');
		expect(embedding).not.toHaveProperty('embeddingModel');
	});
});

describe('a version 1 workflow runs as it did', () => {
	let gateway: DevGateway;
	beforeAll(async () => {
		gateway = await startDevGateway({ port: 0 });
	});
	afterAll(async () => {
		await gateway.close();
	});

	it('reads the embedding and image models from `model`', async () => {
		await runCrazyrouter(gateway, {
			typeVersion: 1,
			parameters: { resource: 'embeddings', model: pickedModel('text-embedding-3-large'), text: 'a', options: {} },
		}).result;
		await runCrazyrouter(gateway, {
			typeVersion: 1,
			parameters: { resource: 'image', model: pickedModel('qwen-image'), prompt: 'a', binaryPropertyName: 'data', options: {} },
		}).result;
		expect(gateway.requests.map((request) => (request.body as { model?: string }).model)).toEqual(['text-embedding-3-large', 'qwen-image']);
	});
});
