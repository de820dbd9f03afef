import {
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	NodeConnectionTypes,
	NodeOperationError,
} from 'n8n-workflow';

import { chatProperties, executeChat } from './chat';
import { createNodeClient } from './create-node-client';
import { embeddingsProperties, executeEmbeddings } from './embeddings';
import { executeImage, imageProperties } from './image';
import { errorJson, toNodeError } from './to-node-error';
import { executeModel, modelProperties } from './model';
import { searchModels } from './model-locator';

const executors = {
	chat: executeChat,
	embeddings: executeEmbeddings,
	image: executeImage,
	model: executeModel,
};

/**
 * Crazyrouter in n8n: chat, embeddings (all items batched), image generation (binary output) and the model
 * list behind one key. Requests, retries, validation and error hints come from the shared core; this class
 * only maps n8n parameters and items onto it.
 */
export class Crazyrouter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crazyrouter',
		name: 'crazyrouter',
		icon: { light: 'file:crazyrouter.svg', dark: 'file:crazyrouter.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Chat, embeddings and images from GPT, Claude, Gemini and more through one Crazyrouter key',
		defaults: { name: 'Crazyrouter' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// The rule maps package.json's dist/credentials/*.js to credentials/*.ts at the package root and misses
			// this package's src/ layout; `pnpm scan` runs it (no inline waivers) on the starter layout, where it passes.
			// eslint-disable-next-line @n8n/community-nodes/no-credential-reuse
			{ name: 'crazyrouterApi', required: true },
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Chat', value: 'chat' },
					{ name: 'Embedding', value: 'embeddings' },
					{ name: 'Image', value: 'image' },
					{ name: 'Model', value: 'model' },
				],
				default: 'chat',
			},
			...chatProperties,
			...embeddingsProperties,
			...imageProperties,
			...modelProperties,
		],
	};

	methods = {
		listSearch: { searchModels },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const resource = this.getNodeParameter('resource', 0) as keyof typeof executors;
		const run = executors[resource];
		if (!run) throw new NodeOperationError(this.getNode(), `Unknown resource "${String(resource)}".`);
		let client;
		try {
			client = await createNodeClient(this);
		} catch (error) {
			// The credential itself is unusable (no key, a broken URL): every item fails the same way.
			if (!this.continueOnFail()) throw toNodeError(this.getNode(), error, 0);
			return [items.map((_item, itemIndex) => ({ json: errorJson(error), pairedItem: { item: itemIndex } }))];
		}
		return [await run.call(this, client, items)];
	}
}
