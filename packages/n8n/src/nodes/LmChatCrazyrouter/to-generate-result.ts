import type { ChatResult, ChatUsage } from '@crazyrouter/core';
import type { FinishReason, GenerateResult, MessageContent, TokenUsage } from '@n8n/ai-node-sdk';

/** Chat Completions' finish reasons in the SDK's words. */
export function toFinishReason(reason: string | undefined): FinishReason {
	switch (reason) {
		case 'stop':
			return 'stop';
		case 'length':
			return 'length';
		case 'tool_calls':
		case 'function_call':
			return 'tool-calls';
		case 'content_filter':
			return 'content-filter';
		default:
			return 'other';
	}
}

export function toTokenUsage(usage: ChatUsage | undefined): TokenUsage | undefined {
	if (!usage) return undefined;
	const promptTokens = usage.prompt_tokens ?? 0;
	const completionTokens = usage.completion_tokens ?? 0;
	return { promptTokens, completionTokens, totalTokens: usage.total_tokens ?? promptTokens + completionTokens };
}

/** The core's answer as the SDK's result: the text, then each tool call the model made, and the tokens used. */
export function toGenerateResult(answer: ChatResult): GenerateResult {
	const content: MessageContent[] = [];
	if (answer.text !== '') content.push({ type: 'text', text: answer.text });
	for (const call of answer.toolCalls) content.push({ type: 'tool-call', toolCallId: call.id, toolName: call.name, input: call.arguments || '{}' });
	const result: GenerateResult = {
		finishReason: toFinishReason(answer.finishReason),
		message: { role: 'assistant', content, ...(answer.response.id ? { id: answer.response.id } : {}) },
		providerMetadata: { requestId: answer.meta.requestId, model: answer.model ?? answer.meta.model },
	};
	const usage = toTokenUsage(answer.usage);
	if (usage) result.usage = usage;
	if (answer.response.id) result.id = answer.response.id;
	return result;
}
