import type { DevGateway } from '@crazyrouter/dev-gateway';
import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { pickedModel, runCrazyrouter } from '../../testing/run-crazyrouter';
import { useDevGateway } from '../../testing/use-dev-gateway';
import { DEFAULT_PARALLEL_REQUESTS } from './parallel-requests';

const gateway = useDevGateway();

const prompts = (count: number) => Array.from({ length: count }, (_, index) => ({ json: { question: `question ${index}` } }));
const chat = (options: Record<string, unknown> = {}) => ({
	resource: 'chat',
	model: pickedModel('gpt-5.4'),
	inputMode: 'prompt',
	prompt: (index: number) => `question ${index}`,
	systemPrompt: '',
	options,
});

/** Waits until the gateway holds `count` requests, then answers the newest first: the reverse of the sending order. */
async function answerNewestFirst(hold: ReturnType<DevGateway['hold']>, total: number, bound: number): Promise<void> {
	for (let answered = 0; answered < total;) {
		await hold.untilWaiting(Math.min(bound, total - answered));
		const waiting = [...hold.waiting];
		for (const held of waiting.reverse()) hold.release(held);
		answered += waiting.length;
	}
}

describe('chat over many items', () => {
	// The bound and the order, proven by events: the gateway holds every request, so no timing decides anything.
	it('keeps at most Parallel Requests in flight, and the output in input order whatever order the answers come in', async () => {
		const hold = gateway().hold();
		try {
			const { result } = runCrazyrouter(gateway(), { items: prompts(10), parameters: chat({ parallelRequests: 3 }) });
			await answerNewestFirst(hold, 10, 3);
			const [output] = await result;
			expect(gateway().inFlight().peak).toBe(3);
			expect(output?.map((item) => item.json.text)).toEqual(prompts(10).map((item) => `Echo: ${item.json.question}`));
			expect(output?.map((item) => item.pairedItem)).toEqual(prompts(10).map((_, index) => ({ item: index })));
		} finally {
			hold.end();
		}
	});

	it(`sends ${DEFAULT_PARALLEL_REQUESTS} at once when the option is not set, and one at a time with 1`, async () => {
		for (const [options, bound] of [
			[{}, DEFAULT_PARALLEL_REQUESTS],
			[{ parallelRequests: 1 }, 1],
		] as const) {
			gateway().clearRequests();
			const hold = gateway().hold();
			try {
				const { result } = runCrazyrouter(gateway(), { items: prompts(12), parameters: chat(options) });
				await answerNewestFirst(hold, 12, bound);
				await result;
				expect(gateway().inFlight().peak).toBe(bound);
			} finally {
				hold.end();
			}
		}
	});

	it('fails only the failing items when continuing on fail, each paired with its own input', async () => {
		const { result } = runCrazyrouter(gateway(), {
			items: prompts(6),
			continueOnFail: true,
			parameters: { ...chat({ parallelRequests: 4 }), model: (index: number) => pickedModel(index % 3 === 1 ? 'fault-403' : 'gpt-5.4') },
		});
		const [output] = await result;
		expect(output?.map((item) => item.pairedItem)).toEqual(prompts(6).map((_, index) => ({ item: index })));
		expect(output?.map((item) => item.json.code ?? item.json.text)).toEqual([
			'Echo: question 0',
			'forbidden_model',
			'Echo: question 2',
			'Echo: question 3',
			'forbidden_model',
			'Echo: question 5',
		]);
	});

	it('stops at the first failure without continue on fail: nothing more is sent', async () => {
		const { result } = runCrazyrouter(gateway(), {
			items: prompts(8),
			parameters: { ...chat({ parallelRequests: 1 }), model: (index: number) => pickedModel(index === 2 ? 'fault-403' : 'gpt-5.4') },
		});
		const error = await result.catch((thrown: unknown) => thrown);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(gateway().requests).toHaveLength(3);
	});

	it('lets the core retry a 429 for each item', async () => {
		const { mock, result } = runCrazyrouter(gateway(), {
			items: prompts(3),
			parameters: chat(),
			extraHeaders: { 'x-dev-gateway-fault': '429; times=2; retry_after_ms=5' },
		});
		const [output] = await result;
		expect(output?.map((item) => item.json.text)).toEqual(['Echo: question 0', 'Echo: question 1', 'Echo: question 2']);
		expect(gateway().requests).toHaveLength(5);
		expect(mock.logs.filter((line) => /rate_limited/.test(line))).toHaveLength(2);
	});
});

describe('chat output', () => {
	it('gives the gateway’s whole response with Simplify Output off', async () => {
		const [output] = await runCrazyrouter(gateway(), { parameters: { ...chat({ simplify: false }), prompt: 'Reply only OK' } }).result;
		expect(output?.[0]?.json).toMatchObject({
			object: 'chat.completion',
			choices: [{ message: { content: 'OK' } }],
			usage: expect.any(Object),
			requestId: expect.any(String),
		});
	});

	// The simplified output names every field in camelCase, token usage included, whatever shape core passes on.
	it('names the token usage in camelCase beside text and finishReason, with the gateway’s counts', async () => {
		const [output] = await runCrazyrouter(gateway(), { parameters: { ...chat(), prompt: 'Reply only OK' } }).result;
		const whole = (await runCrazyrouter(gateway(), { parameters: { ...chat({ simplify: false }), prompt: 'Reply only OK' } }).result)[0]?.[0]?.json;
		const counts = whole?.usage as { prompt_tokens: number; completion_tokens: number; total_tokens: number };
		expect(output?.[0]?.json).toMatchObject({ text: 'OK', finishReason: 'stop' });
		expect(output?.[0]?.json.usage).toEqual({
			promptTokens: counts.prompt_tokens,
			completionTokens: counts.completion_tokens,
			totalTokens: counts.total_tokens,
		});
	});
});
