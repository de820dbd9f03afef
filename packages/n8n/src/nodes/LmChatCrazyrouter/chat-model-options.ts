import { chatCompletionsOperation } from '@crazyrouter/core';
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { replyFormat } from '../Crazyrouter/reply-format';
import { schemaOption } from '../Crazyrouter/schema-field';
import type { ChatModelSettings } from './crazyrouter-chat-model';

/** Request fields the Options collection sets as they are. */
const passThrough = ['max_tokens', 'temperature', 'top_p', 'reasoning_effort'] as const;

/** The options people set on an Agent's chat model; limits, choices and help text come from the core. */
export const chatModelOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'JSON Mode',
			name: 'jsonMode',
			type: 'boolean',
			default: true,
			description: 'Whether to force JSON object replies (response_format json_object). Also ask for JSON in the prompt.',
		},
		{
			displayName: 'JSON Schema',
			name: 'jsonSchema',
			type: 'json',
			default:
				'{\n  "type": "object",\n  "properties": {\n    "answer": { "type": "string" }\n  },\n  "required": ["answer"],\n  "additionalProperties": false\n}',
			description: 'Make every reply follow this JSON Schema (response_format json_schema). Give the schema, or {"name", "schema", "strict": true}.',
		},
		schemaOption(chatCompletionsOperation, 'max_tokens', 'Maximum Tokens', 1024),
		schemaOption(chatCompletionsOperation, 'reasoning_effort', 'Reasoning Effort', 'medium'),
		schemaOption(chatCompletionsOperation, 'temperature', 'Temperature', 0.7),
		schemaOption(chatCompletionsOperation, 'top_p', 'Top P', 1),
	],
};

/** The request fields the options ask for; the reply format is parsed and checked here, the rest by the core. */
export function chatModelSettings(node: INode, options: IDataObject, itemIndex: number): ChatModelSettings {
	const settings: Record<string, unknown> = {};
	for (const name of passThrough) if (options[name] !== undefined) settings[name] = options[name];
	const format = replyFormat(node, options, itemIndex);
	if (format) settings.response_format = format;
	return settings as ChatModelSettings;
}
