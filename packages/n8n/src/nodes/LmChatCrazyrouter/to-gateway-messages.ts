import type { ChatMessage } from '@crazyrouter/core';
import type { Message, MessageContent } from '@n8n/ai-node-sdk';

type UserMessage = Extract<ChatMessage, { role: 'user' }>;
type ContentPart = Exclude<UserMessage['content'], string>[number];

const textOf = (content: readonly MessageContent[]) => content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');

function asText(result: unknown): string {
	if (typeof result === 'string') return result;
	if (Array.isArray(result))
		return result.map((block) => (typeof block === 'object' && block !== null && 'text' in block ? String(block.text) : JSON.stringify(block))).join('');
	return JSON.stringify(result) ?? '';
}

/** An image an Agent passes along (a chat trigger's upload) as a Chat Completions image part; other files are not sent. */
function imagePart(block: Extract<MessageContent, { type: 'file' }>): ContentPart | undefined {
	if (!block.mediaType?.startsWith('image/')) return undefined;
	const url = typeof block.providerMetadata?.url === 'string' ? block.providerMetadata.url : undefined;
	const data = typeof block.data === 'string' ? block.data : Buffer.from(block.data).toString('base64');
	return { type: 'image_url', image_url: { url: url ?? (data.startsWith('data:') ? data : `data:${block.mediaType};base64,${data}`) } };
}

function userContent(content: readonly MessageContent[]): UserMessage['content'] {
	const parts: ContentPart[] = content.flatMap((block): ContentPart[] => {
		if (block.type === 'text') return [{ type: 'text', text: block.text }];
		if (block.type === 'file') return [imagePart(block)].filter((part): part is ContentPart => part !== undefined);
		return [];
	});
	const onlyText = parts.every((part) => part.type === 'text');
	return onlyText ? textOf(content) : parts;
}

/**
 * The n8n AI SDK's messages as Chat Completions messages. An assistant turn that only called tools goes out with
 * `content: null` and its `tool_calls` (never an empty list of parts, which OpenAI-compatible APIs refuse); each tool
 * result becomes its own `tool` message; reasoning blocks stay with n8n (they are the model's, not the conversation's).
 */
export function toGatewayMessages(messages: readonly Message[]): ChatMessage[] {
	return messages.flatMap((message): ChatMessage[] => {
		switch (message.role) {
			case 'system':
				return [{ role: 'system', content: textOf(message.content) }];
			case 'user':
				return [{ role: 'user', content: userContent(message.content) }];
			case 'assistant': {
				const text = textOf(message.content);
				const calls = message.content.flatMap((block) =>
					block.type === 'tool-call'
						? [{ id: block.toolCallId ?? '', type: 'function' as const, function: { name: block.toolName, arguments: block.input || '{}' } }]
						: [],
				);
				if (calls.length === 0) return [{ role: 'assistant', content: text }];
				return [{ role: 'assistant', content: text === '' ? null : text, tool_calls: calls }];
			}
			case 'tool':
				return message.content.flatMap((block): ChatMessage[] =>
					block.type === 'tool-result' ? [{ role: 'tool', tool_call_id: block.toolCallId, content: asText(block.result) }] : [],
				);
		}
	});
}
