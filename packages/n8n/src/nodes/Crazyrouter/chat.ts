import {
	type ChatCompletionRequest,
	type ChatMessage,
	chatCompletionsOperation,
	type CrazyrouterClient,
	DEFAULT_CHAT_MODEL,
} from '@crazyrouter/core';
import {
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	NodeOperationError,
} from 'n8n-workflow';

import { modelLocator } from './model-locator';
import { schemaField, schemaOption } from './schema-field';
import { runForItem } from './item-results';

const field = (name: string) => schemaField(chatCompletionsOperation, name);
const show = { resource: ['chat'] };

export const chatProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Message a Model',
				value: 'complete',
				action: 'Message a model',
				description: 'Ask a chat model (GPT, Claude, Gemini and more) to answer',
			},
		],
		default: 'complete',
	},
	modelLocator({ defaultModel: DEFAULT_CHAT_MODEL, description: field('model').description, show }),
	{
		displayName: 'Input',
		name: 'inputMode',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Prompt', value: 'prompt', description: 'One user message, plus an optional system prompt' },
			{ name: 'Messages (JSON)', value: 'messages', description: 'A whole conversation as a JSON list of {role, content}' },
		],
		default: 'prompt',
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. Summarise this text: {{ $json.text }}',
		description: 'The user message to answer',
		displayOptions: { show: { ...show, inputMode: ['prompt'] } },
	},
	{
		displayName: 'Messages',
		name: 'messages',
		type: 'json',
		required: true,
		default: '[\n  { "role": "user", "content": "Hello" }\n]',
		description: field('messages').description,
		displayOptions: { show: { ...show, inputMode: ['messages'] } },
	},
	{
		displayName: 'System Prompt',
		name: 'systemPrompt',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Instructions sent first, as a system message. Leave empty for none.',
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			schemaOption(chatCompletionsOperation, 'frequency_penalty', 'Frequency Penalty', 0),
			{
				displayName: 'JSON Mode',
				name: 'jsonMode',
				type: 'boolean',
				default: true,
				description: 'Whether to force a JSON object reply (response_format json_object). Also ask for JSON in the prompt.',
			},
			schemaOption(chatCompletionsOperation, 'max_tokens', 'Maximum Tokens', 1024),
			schemaOption(chatCompletionsOperation, 'presence_penalty', 'Presence Penalty', 0),
			schemaOption(chatCompletionsOperation, 'reasoning_effort', 'Reasoning Effort', 'medium'),
			schemaOption(chatCompletionsOperation, 'seed', 'Seed', 0),
			{
				displayName: 'Stop Sequences',
				name: 'stop',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Stop Sequence' },
				default: [],
				description: field('stop').description,
			},
			schemaOption(chatCompletionsOperation, 'temperature', 'Temperature', 1),
			schemaOption(chatCompletionsOperation, 'top_p', 'Top P', 1),
		],
	},
];

/** Request fields copied as they are from the Options collection. */
const passThroughOptions = [
	'temperature',
	'top_p',
	'max_tokens',
	'presence_penalty',
	'frequency_penalty',
	'seed',
	'reasoning_effort',
] as const;

function readMessages(context: IExecuteFunctions, itemIndex: number): ChatMessage[] {
	const systemPrompt = context.getNodeParameter('systemPrompt', itemIndex, '') as string;
	const system: ChatMessage[] = systemPrompt.trim() === '' ? [] : [{ role: 'system', content: systemPrompt }];
	if (context.getNodeParameter('inputMode', itemIndex, 'prompt') === 'prompt') {
		return [...system, { role: 'user', content: context.getNodeParameter('prompt', itemIndex) as string }];
	}
	const raw = context.getNodeParameter('messages', itemIndex) as unknown;
	let messages: unknown = raw;
	if (typeof raw === 'string') {
		try {
			messages = JSON.parse(raw);
		} catch {
			throw new NodeOperationError(context.getNode(), 'Messages is not valid JSON.', {
				itemIndex,
				description: 'Give a JSON list such as [{"role": "user", "content": "Hello"}].',
			});
		}
	}
	if (!Array.isArray(messages)) {
		throw new NodeOperationError(context.getNode(), 'Messages must be a JSON list of {role, content} objects.', { itemIndex });
	}
	return [...system, ...(messages as ChatMessage[])];
}

/** Builds the request body for one item from its parameters; the core validates it before sending. */
export function chatRequest(context: IExecuteFunctions, itemIndex: number): ChatCompletionRequest {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const request: ChatCompletionRequest = {
		model: context.getNodeParameter('model', itemIndex, '', { extractValue: true }) as string,
		messages: readMessages(context, itemIndex),
	};
	const fields = request as unknown as IDataObject;
	for (const name of passThroughOptions) if (options[name] !== undefined) fields[name] = options[name];
	const stop = options.stop as string[] | undefined;
	if (stop && stop.length > 0) request.stop = stop;
	if (options.jsonMode === true) request.response_format = { type: 'json_object' };
	return request;
}

/** One chat call per item: answers differ per item, so there is nothing to batch. */
export async function executeChat(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		results.push(
			...(await runForItem(this, itemIndex, async () => {
				const answer = await client.chat(chatRequest(this, itemIndex), { signal: this.getExecutionCancelSignal?.() });
				const json: IDataObject = {
					text: answer.text,
					model: answer.model ?? answer.meta.model ?? null,
					finishReason: answer.finishReason ?? null,
					usage: answer.usage ? { ...answer.usage } : null,
					requestId: answer.meta.requestId ?? null,
				};
				if (answer.reasoning) json.reasoning = answer.reasoning;
				// Fields the model refuses are left out of the request; say so rather than hide it.
				if (answer.warnings.length > 0) json.warnings = answer.warnings.map((warning) => warning.message);
				if (answer.toolCalls.length > 0) json.toolCalls = answer.toolCalls.map((call) => ({ ...call }));
				return [{ json }];
			})),
		);
	}
	return results;
}
