/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports --
   A benchmark script run from a terminal; it never ships. */
/**
 * Chat over 100 items through the built node against the dev gateway with 1 s added to every answer (a model that
 * takes a second): Parallel Requests left at its default against 1 (one item at a time, as the node did before).
 * Prints both wall times, the ratio against the target (at least 4x) and the most requests the gateway saw in flight
 * at once. A benchmark informs, it does not fail a build: that the node never has more in flight than the setting
 * is a pass/fail test (execute-chat.test.ts), proven with the gateway's request holds, not with timing.
 * Run: `pnpm --filter n8n-nodes-crazyrouter bench` (after a build).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

import { startDevGateway } from '@crazyrouter/dev-gateway';
import type { INodeType } from 'n8n-workflow';

import { DEFAULT_PARALLEL_REQUESTS } from '../src/nodes/Crazyrouter/parallel-requests.ts';
import { createMockContext } from '../src/testing/mock-execute-context.ts';

const ITEMS = 100;
const LATENCY_MS = 1000;
const TARGET_RATIO = 4;
const require = createRequire(import.meta.url);
const { Crazyrouter } = require('../dist/nodes/Crazyrouter/Crazyrouter.node.js') as { Crazyrouter: new () => INodeType };

const items = Array.from({ length: ITEMS }, (_, index) => ({ json: { question: `question ${index}` } }));

/** One run of the Chat resource over every item, on a fresh gateway so its in-flight peak is this run's. */
async function run(options: Record<string, unknown>): Promise<{ ms: number; peak: number }> {
	const gateway = await startDevGateway({ port: 0, latencyMs: LATENCY_MS });
	try {
		const { context } = createMockContext({
			credentials: { apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.baseUrl },
			// The dev gateway's key is clean, so n8n's expression would give this header too (see batching-bench.ts).
			authenticate: () => ({ Authorization: `Bearer ${gateway.apiKey}` }),
			items,
			parameters: {
				resource: 'chat',
				model: { __rl: true, mode: 'id', value: 'gpt-5.4' },
				inputMode: 'prompt',
				prompt: (index: number) => `question ${index}`,
				systemPrompt: '',
				options,
			},
		});
		const started = performance.now();
		const [output] = (await new Crazyrouter().execute!.call(context)) as [Array<{ json: { text?: string } }>];
		const ms = performance.now() - started;
		if (output.length !== ITEMS || output.some((item, index) => item.json.text !== `Echo: question ${index}`)) {
			throw new Error('the output is not one answer per item in input order');
		}
		return { ms, peak: gateway.inFlight().peak };
	} finally {
		await gateway.close();
	}
}

console.log(`n8n chat over many items: ${ITEMS} items, ${LATENCY_MS} ms per answer, against the dev gateway`);
const parallel = await run({});
console.log(`  Parallel Requests ${DEFAULT_PARALLEL_REQUESTS} (default): ${(parallel.ms / 1000).toFixed(1)} s, at most ${parallel.peak} in flight`);
const serial = await run({ parallelRequests: 1 });
console.log(`  Parallel Requests 1 (one at a time): ${(serial.ms / 1000).toFixed(1)} s, at most ${serial.peak} in flight`);
const ratio = serial.ms / parallel.ms;
const met = ratio >= TARGET_RATIO && parallel.peak <= DEFAULT_PARALLEL_REQUESTS;
console.log(
	`  speed-up: ${ratio.toFixed(1)}x; target (>= ${TARGET_RATIO}x, never more than ${DEFAULT_PARALLEL_REQUESTS} in flight): ${met ? 'met' : 'MISSED'}`,
);
