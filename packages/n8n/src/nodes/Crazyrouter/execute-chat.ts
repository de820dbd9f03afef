import { type ChatResult, type CrazyrouterClient, mapWithConcurrency } from '@crazyrouter/core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { chatRequest } from './chat-request';
import type { FieldLabeller } from './field-label';
import { runForItem } from './item-results';
import { readParallelRequests } from './parallel-requests';
import { toNodeError } from './to-node-error';

function parsedJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The simplified output names every field in camelCase (as n8n's own AI nodes do); core keeps the gateway's names. */
function camelCaseUsage(usage: NonNullable<ChatResult['usage']>): IDataObject {
	return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, totalTokens: usage.total_tokens };
}

function outputJson(answer: ChatResult, simplify: boolean, jsonReply: boolean): IDataObject {
	if (!simplify) return { ...(answer.response as IDataObject), requestId: answer.meta.requestId ?? null };
	const json: IDataObject = {
		text: answer.text,
		model: answer.model ?? answer.meta.model ?? null,
		finishReason: answer.finishReason ?? null,
		usage: answer.usage ? camelCaseUsage(answer.usage) : null,
		requestId: answer.meta.requestId ?? null,
	};
	const parsed = jsonReply ? parsedJson(answer.text) : undefined;
	if (parsed !== undefined) json.parsed = parsed as IDataObject;
	if (answer.reasoning) json.reasoning = answer.reasoning;
	// Fields the model refuses are left out of the request; say so rather than hide it.
	if (answer.warnings.length > 0) json.warnings = answer.warnings.map((warning) => warning.message);
	if (answer.toolCalls.length > 0) json.toolCalls = answer.toolCalls.map((call) => ({ ...call }));
	return json;
}

/**
 * One chat call per item (answers differ per item, so there is nothing to batch), up to Parallel Requests in flight
 * at once. Outputs keep the input order and pairing; with Continue On Fail each failed item carries its own error.
 * Without it the first failure stops the node: no further item starts and those in flight are cancelled. A 429 is
 * the core's to retry, with backoff.
 */
export async function executeChat(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const stop = new AbortController();
	const execution = this.getExecutionCancelSignal?.();
	const signal = execution ? AbortSignal.any([execution, stop.signal]) : stop.signal;
	const outputs = await mapWithConcurrency(items, readParallelRequests(this), async (_item, itemIndex) => {
		let label: FieldLabeller | undefined;
		try {
			return await runForItem(
				this,
				itemIndex,
				async () => {
					const built = chatRequest(this, itemIndex);
					label = built.label;
					const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
					const answer = await client.chat(built.request, { signal });
					return [{ json: outputJson(answer, options.simplify !== false, built.request.response_format !== undefined) }];
				},
				(field) => label?.(field),
			);
		} catch (error) {
			// Only a stopping failure gets here (runForItem turned the others into error items): cancel the rest.
			stop.abort();
			throw toNodeError(this.getNode(), error, itemIndex);
		}
	});
	return outputs.flat();
}
