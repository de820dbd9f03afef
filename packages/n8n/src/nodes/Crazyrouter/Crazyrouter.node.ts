import {
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
	NodeConnectionTypes,
	NodeOperationError,
} from 'n8n-workflow';

import { chatProperties } from './chat-properties';
import { createNodeClient } from './create-node-client';
import { CREDENTIAL_TEST_METHOD, testCrazyrouterCredential } from './credential-test';
import { embeddingsProperties, executeEmbeddings } from './embeddings';
import { executeChat } from './execute-chat';
import { executeImage, imageProperties } from './image';
import { errorJson, toNodeError } from './to-node-error';
import { executeModel, modelProperties } from './model';
import { modelSearchMethods } from './model-locator';
import { CURRENT_VERSION } from './node-version';
import { operationSubtitle } from './operation-subtitle';
import { toolDescriptionProperty } from './tool-description';

const executors = {
	chat: executeChat,
	embeddings: executeEmbeddings,
	image: executeImage,
	model: executeModel,
};

const properties: INodeProperties[] = [
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
	toolDescriptionProperty,
	...chatProperties,
	...embeddingsProperties,
	...imageProperties,
	...modelProperties,
];

/**
 * Crazyrouter in n8n: chat, embeddings (all items batched), image generation (binary output) and the model
 * list behind one key. Requests, retries, validation and error hints come from the shared core; this class
 * only maps n8n parameters and items onto it. Its codex (Crazyrouter.node.json) puts it in the AI category and
 * gives the words people search for.
 */
export class Crazyrouter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crazyrouter',
		name: 'crazyrouter',
		icon: { light: 'file:crazyrouter.svg', dark: 'file:crazyrouter.dark.svg' },
		group: ['transform'],
		// 1.1: each resource has its own model parameter (see model-parameter.ts); version 1 workflows keep working.
		version: [1, CURRENT_VERSION],
		defaultVersion: CURRENT_VERSION,
		subtitle: operationSubtitle(properties),
		description: 'Chat, embeddings and images from GPT, Claude, Gemini and more through one Crazyrouter key',
		defaults: { name: 'Crazyrouter' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// The rule maps package.json's dist/credentials/*.js to credentials/*.ts at the package root and misses
			// this package's src/ layout; `pnpm scan` runs it (no inline waivers) on the starter layout, where it passes.
			// The linter reads testedBy only as a literal: it names CREDENTIAL_TEST_METHOD (credential-test.test.ts checks).
			// eslint-disable-next-line @n8n/community-nodes/no-credential-reuse
			{ name: 'crazyrouterApi', required: true, testedBy: 'crazyrouterApiTest' },
		],
		properties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { [CREDENTIAL_TEST_METHOD]: testCrazyrouterCredential },
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
