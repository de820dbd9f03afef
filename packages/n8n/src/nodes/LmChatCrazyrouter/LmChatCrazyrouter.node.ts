import { DEFAULT_CHAT_MODEL, requestField, chatCompletionsOperation } from '@crazyrouter/core';
import { supplyModel } from '@n8n/ai-node-sdk';
import { type IDataObject, type INodeType, type INodeTypeDescription, type ISupplyDataFunctions, NodeConnectionTypes, type SupplyData } from 'n8n-workflow';

import { createNodeClient } from '../Crazyrouter/create-node-client';
import { CREDENTIAL_TEST_METHOD, testCrazyrouterCredential } from '../Crazyrouter/credential-test';
import { modelLocator, modelSearchMethods } from '../Crazyrouter/model-locator';
import { toNodeError } from '../Crazyrouter/to-node-error';
import { chatModelOptions, chatModelSettings } from './chat-model-options';
import { CrazyrouterChatModel } from './crazyrouter-chat-model';

/**
 * "Crazyrouter Chat Model": the model of an n8n AI Agent (or any node with a Chat Model input), through the n8n AI
 * SDK's supplyModel, so no LangChain is bundled. Same credential, model picker and core client as the Crazyrouter
 * node: the Agent's calls are the core's canonical requests, and their errors carry the core's hints.
 */
export class LmChatCrazyrouter implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crazyrouter Chat Model',
		name: 'lmChatCrazyrouter',
		icon: { light: 'file:crazyrouter.svg', dark: 'file:crazyrouter.dark.svg' },
		group: ['transform'],
		version: [1],
		// The model in use, as the canvas shows it under the node's name.
		subtitle: '={{ $parameter["model"]?.value ?? $parameter["model"] }}',
		description: 'GPT, Claude, Gemini and more as the chat model of an AI Agent, through one Crazyrouter key',
		defaults: { name: 'Crazyrouter Chat Model' },
		inputs: [],
		outputs: [NodeConnectionTypes.AiLanguageModel],
		outputNames: ['Model'],
		credentials: [
			// Shared with the Crazyrouter node on purpose: one key for both. The rule misses this package's src/ layout
			// (see Crazyrouter.node.ts); `pnpm scan` runs it on the starter layout, where it passes.
			// eslint-disable-next-line @n8n/community-nodes/no-credential-reuse
			{ name: 'crazyrouterApi', required: true, testedBy: 'crazyrouterApiTest' },
		],
		properties: [
			modelLocator({ name: 'model', kind: 'chat', defaultModel: DEFAULT_CHAT_MODEL, description: requestField(chatCompletionsOperation, 'model').description }),
			chatModelOptions,
		],
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { [CREDENTIAL_TEST_METHOD]: testCrazyrouterCredential },
	};

	async supplyData(this: ISupplyDataFunctions, itemIndex: number): Promise<SupplyData> {
		const model = this.getNodeParameter('model', itemIndex, '', { extractValue: true }) as string;
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const settings = chatModelSettings(this.getNode(), options, itemIndex);
		let client;
		try {
			client = await createNodeClient(this);
		} catch (error) {
			throw toNodeError(this.getNode(), error, itemIndex);
		}
		return supplyModel(this, new CrazyrouterChatModel(client, model, settings, this.getNode()));
	}
}
