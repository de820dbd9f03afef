import type { ChatCompletionRequest, ChatMessage } from '@crazyrouter/core';
import { type IDataObject, type IExecuteFunctions, type INodeProperties, NodeOperationError } from 'n8n-workflow';

import { chatProperties } from './chat-properties';
import { type FieldLabeller, parameterLabel, topField } from './field-label';
import { readModel } from './model-parameter';
import { replyFormat } from './reply-format';
import { stopSequences } from './stop-sequences';

/** Request fields copied as they are from the Options collection. */
const passThroughOptions = ['temperature', 'top_p', 'max_tokens', 'presence_penalty', 'frequency_penalty', 'seed', 'reasoning_effort'] as const;

type InputMode = 'prompt' | 'messageList' | 'messages';

interface ReadMessages {
	messages: ChatMessage[];
	/** What the user calls message `index` of the request. */
	label(index: number): string;
}

function parseMessagesJson(context: IExecuteFunctions, itemIndex: number): unknown[] {
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
	return messages;
}

function readMessages(context: IExecuteFunctions, itemIndex: number): ReadMessages {
	const systemPrompt = context.getNodeParameter('systemPrompt', itemIndex, '') as string;
	const system: ChatMessage[] = systemPrompt.trim() === '' ? [] : [{ role: 'system', content: systemPrompt }];
	const mode = context.getNodeParameter('inputMode', itemIndex, 'prompt') as InputMode;
	const fromInput = (index: number) => index - system.length;
	if (mode === 'prompt') {
		const prompt = context.getNodeParameter('prompt', itemIndex) as string;
		return { messages: [...system, { role: 'user', content: prompt }], label: (index) => (index < system.length ? 'System Prompt' : 'Prompt') };
	}
	if (mode === 'messageList') {
		const rows = context.getNodeParameter('messageList.messages', itemIndex, []) as Array<{ role: string; content: string }>;
		const messages = rows.map((row) => ({ role: row.role, content: row.content }) as ChatMessage);
		return { messages: [...system, ...messages], label: (index) => (index < system.length ? 'System Prompt' : `Messages, message ${fromInput(index) + 1}`) };
	}
	const messages = parseMessagesJson(context, itemIndex) as ChatMessage[];
	return { messages: [...system, ...messages], label: (index) => (index < system.length ? 'System Prompt' : `Messages, message ${fromInput(index) + 1}`) };
}

function chatFieldLabeller(properties: readonly INodeProperties[], messages: ReadMessages, options: IDataObject): FieldLabeller {
	return (field) => {
		const top = topField(field);
		if (top === 'messages') {
			const index = /^messages\[(\d+)\]/.exec(field)?.[1];
			return index === undefined ? 'Messages' : messages.label(Number(index));
		}
		if (top === 'response_format')
			return options.jsonMode === true ? 'JSON Mode' : `JSON Schema${field.includes('.schema.') ? ` (at ${field.split('.schema.')[1]})` : ''}`;
		if (top === 'max_completion_tokens') return 'Maximum Tokens';
		return parameterLabel(properties, top);
	};
}

/** The request for one item, built from its parameters, and how to name its fields; the core validates it before sending. */
export function chatRequest(context: IExecuteFunctions, itemIndex: number): { request: ChatCompletionRequest; label: FieldLabeller } {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const messages = readMessages(context, itemIndex);
	const request: ChatCompletionRequest = { model: readModel(context, 'chat', itemIndex), messages: messages.messages };
	const fields = request as unknown as IDataObject;
	for (const name of passThroughOptions) if (options[name] !== undefined) fields[name] = options[name];
	// Options offer one limit, Maximum Tokens (the core sends it as max_completion_tokens to reasoning models). A
	// workflow saved when "Maximum Completion Tokens" was offered too keeps that limit, but both are never sent.
	if (options.max_tokens === undefined && options.max_completion_tokens !== undefined) fields.max_completion_tokens = options.max_completion_tokens;
	const stop = stopSequences(options.stop);
	if (stop.length > 0) request.stop = stop;
	const format = replyFormat(context.getNode(), options, itemIndex);
	if (format) request.response_format = format;
	return { request, label: chatFieldLabeller(chatProperties, messages, options) };
}
