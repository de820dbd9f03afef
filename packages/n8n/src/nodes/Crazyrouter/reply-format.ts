import type { ChatCompletionRequest } from '@crazyrouter/core';
import { type IDataObject, type INode, NodeOperationError } from 'n8n-workflow';

type ReplyFormat = NonNullable<ChatCompletionRequest['response_format']>;

const WRAPPER_KEYS = new Set(['name', 'description', 'schema', 'strict']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A name the API takes (1-64 letters, digits, _ or -), from the schema's title when it has one. */
function schemaName(schema: Record<string, unknown>): string {
	const title =
		typeof schema.title === 'string'
			? schema.title
					.replace(/[^A-Za-z0-9_-]+/g, '_')
					.replace(/^_+|_+$/g, '')
					.slice(0, 64)
			: '';
	return title || 'reply';
}

/**
 * The reply format the Options ask for: JSON Mode is `json_object`; JSON Schema is `json_schema` with the schema given
 * either bare or as OpenAI's `{name, schema, strict}`. The JSON is parsed here so a typo names the field; the core
 * then checks the schema itself before anything is sent.
 */
export function replyFormat(node: INode, options: IDataObject, itemIndex: number): ReplyFormat | undefined {
	const text = options.jsonSchema;
	const hasSchema = text !== undefined && text !== '' && !(isObject(text) && Object.keys(text).length === 0);
	if (options.jsonMode === true && hasSchema) {
		throw new NodeOperationError(node, 'Set JSON Mode or JSON Schema, not both.', {
			itemIndex,
			description: 'JSON Schema already makes the reply JSON (and follow the schema); remove JSON Mode.',
		});
	}
	if (options.jsonMode === true) return { type: 'json_object' };
	if (!hasSchema) return undefined;
	let schema: unknown = text;
	if (typeof text === 'string') {
		try {
			schema = JSON.parse(text);
		} catch (error) {
			throw new NodeOperationError(node, `JSON Schema is not valid JSON: ${(error as Error).message}`, {
				itemIndex,
				description: 'Give a JSON Schema such as {"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}.',
			});
		}
	}
	if (!isObject(schema)) {
		throw new NodeOperationError(node, 'JSON Schema must be a JSON object.', {
			itemIndex,
			description: 'Give a JSON Schema such as {"type": "object", "properties": {...}}.',
		});
	}
	const wrapped = isObject(schema.schema) && Object.keys(schema).every((key) => WRAPPER_KEYS.has(key));
	const jsonSchema = wrapped ? { name: schemaName(schema.schema as Record<string, unknown>), ...schema } : { name: schemaName(schema), schema };
	return { type: 'json_schema', json_schema: jsonSchema as Extract<ReplyFormat, { type: 'json_schema' }>['json_schema'] };
}
