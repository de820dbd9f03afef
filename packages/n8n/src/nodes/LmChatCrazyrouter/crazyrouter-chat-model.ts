import type { ChatCompletionRequest, CrazyrouterClient } from '@crazyrouter/core';
import { BaseChatModel, type ChatModelConfig, type GenerateResult, type Message, type StreamChunk } from '@n8n/ai-node-sdk';
import type { INode } from 'n8n-workflow';

import { toNodeError } from '../Crazyrouter/to-node-error';
import { toGatewayMessages } from './to-gateway-messages';
import { toGatewayTools } from './to-gateway-tools';
import { toFinishReason, toGenerateResult, toTokenUsage } from './to-generate-result';

/** What the node's options add to every request the model makes: sampling, limits, reasoning effort, reply format. */
export type ChatModelSettings = Omit<ChatCompletionRequest, 'model' | 'messages' | 'tools' | 'stream' | 'stream_options'>;

/** The SDK passes LangChain's call options as the config: its abort signal is `signal`. */
type CallConfig = ChatModelConfig & { signal?: AbortSignal };

/**
 * The chat model an n8n AI Agent drives, over the core client: every request is the core's canonical one (validated,
 * the reasoning-model rule applied), sent through n8n's authenticated HTTP helper, retried by the core on 429 and
 * 5xx, and a failure is an n8n error whose description carries the core's fix hint.
 */
export class CrazyrouterChatModel extends BaseChatModel<CallConfig> {
	constructor(
		private readonly client: CrazyrouterClient,
		modelId: string,
		private readonly settings: ChatModelSettings,
		private readonly node: INode,
	) {
		super('crazyrouter', modelId);
	}

	private request(messages: Message[], config: CallConfig | undefined): ChatCompletionRequest {
		const request: ChatCompletionRequest = { ...this.settings, model: this.modelId, messages: toGatewayMessages(messages) };
		if (this.tools.length > 0) request.tools = toGatewayTools(this.tools);
		const stop = config?.stopSequences?.filter((sequence) => sequence !== '');
		if (stop && stop.length > 0) request.stop = stop;
		return request;
	}

	private failure(error: unknown): Error {
		return toNodeError(this.node, error, 0);
	}

	async generate(messages: Message[], config?: CallConfig): Promise<GenerateResult> {
		try {
			const answer = await this.client.chat(this.request(messages, config), { signal: config?.signal ?? config?.abortSignal });
			return toGenerateResult(answer);
		} catch (error) {
			throw this.failure(error);
		}
	}

	async *stream(messages: Message[], config?: CallConfig): AsyncIterable<StreamChunk> {
		let finishReason: string | undefined;
		let usage: Parameters<typeof toTokenUsage>[0];
		try {
			const stream = await this.client.streamChat(this.request(messages, config), { signal: config?.signal ?? config?.abortSignal });
			for await (const chunk of stream) {
				if (chunk.usage) usage = chunk.usage;
				const choice = chunk.choices[0];
				if (!choice) continue;
				if (choice.delta?.reasoning_content) yield { type: 'reasoning-delta', delta: choice.delta.reasoning_content };
				if (choice.delta?.content) yield { type: 'text-delta', delta: choice.delta.content };
				for (const call of choice.delta?.tool_calls ?? []) {
					yield { type: 'tool-call-delta', id: call.id, name: call.function?.name, argumentsDelta: call.function?.arguments };
				}
				if (choice.finish_reason) finishReason = choice.finish_reason;
			}
		} catch (error) {
			throw this.failure(error);
		}
		const finish: StreamChunk = { type: 'finish', finishReason: toFinishReason(finishReason) };
		const tokens = toTokenUsage(usage);
		yield tokens ? { ...finish, usage: tokens } : finish;
	}
}
