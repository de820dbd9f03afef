import { chatCompletionsOperation, DEFAULT_CHAT_MODEL } from '@crazyrouter/core';
import type { INodeProperties } from 'n8n-workflow';

import { versionedModelLocators } from './model-parameter';
import { parallelRequestsOption } from './parallel-requests';
import { schemaField, schemaOption } from './schema-field';

const field = (name: string) => schemaField(chatCompletionsOperation, name);
const show = { resource: ['chat'] };

/** The Chat resource's parameters: one call per item, items sent in parallel. */
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
				action: 'Message a chat model and get its answer',
				description: 'Ask a chat model (GPT, Claude, Gemini and more) to answer a prompt or a conversation',
			},
		],
		default: 'complete',
	},
	...versionedModelLocators({ resource: 'chat', kind: 'chat', defaultModel: DEFAULT_CHAT_MODEL, description: field('model').description }),
	{
		displayName: 'Input',
		name: 'inputMode',
		type: 'options',
		displayOptions: { show },
		options: [
			{ name: 'Prompt', value: 'prompt', description: 'One user message, plus an optional system prompt' },
			{ name: 'Message List', value: 'messageList', description: 'A conversation, one message per row' },
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
		name: 'messageList',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Message',
		default: { messages: [{ role: 'user', content: '' }] },
		description: 'The conversation so far, oldest first',
		displayOptions: { show: { ...show, inputMode: ['messageList'] } },
		options: [
			{
				displayName: 'Message',
				name: 'messages',
				values: [
					{
						displayName: 'Role',
						name: 'role',
						type: 'options',
						options: [
							{ name: 'Assistant', value: 'assistant', description: 'An earlier answer of the model' },
							{ name: 'System', value: 'system', description: 'Instructions for the model' },
							{ name: 'User', value: 'user', description: 'What the user says' },
						],
						default: 'user',
					},
					{
						displayName: 'Content',
						name: 'content',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
					},
				],
			},
		],
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
			{
				displayName: 'JSON Schema',
				name: 'jsonSchema',
				type: 'json',
				default:
					'{\n  "type": "object",\n  "properties": {\n    "answer": { "type": "string" }\n  },\n  "required": ["answer"],\n  "additionalProperties": false\n}',
				description:
					'Make the reply follow this JSON Schema (response_format json_schema). Give the schema, or {"name", "schema", "strict": true} to ask for exact adherence. The reply is also parsed into "parsed".',
			},
			schemaOption(chatCompletionsOperation, 'max_tokens', 'Maximum Tokens', 1024),
			parallelRequestsOption,
			schemaOption(chatCompletionsOperation, 'presence_penalty', 'Presence Penalty', 0),
			schemaOption(chatCompletionsOperation, 'reasoning_effort', 'Reasoning Effort', 'medium'),
			schemaOption(chatCompletionsOperation, 'seed', 'Seed', 0),
			{
				displayName: 'Simplify Output',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description: "Whether to return the answer as text, model, finish reason, usage and request ID instead of the gateway's whole response",
			},
			{
				displayName: 'Stop Sequences',
				name: 'stop',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Stop Sequence' },
				default: [],
				description: `${field('stop').description} Empty rows are ignored`,
			},
			schemaOption(chatCompletionsOperation, 'temperature', 'Temperature', 1),
			schemaOption(chatCompletionsOperation, 'top_p', 'Top P', 1),
		],
	},
];
