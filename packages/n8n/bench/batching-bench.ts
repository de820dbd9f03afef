/* eslint-disable no-console, @n8n/community-nodes/no-restricted-imports --
   A benchmark script run from a terminal; it never ships. */
/**
 * 1,000 input items through the built node's Embeddings resource (batched by the core) against one request per
 * item (what n8n's generic HTTP Request node does with an embeddings URL), both against the dev gateway and
 * both through the same n8n-style authenticated HTTP helper. Prints requests made and the wall-time ratio.
 *
 * Two network conditions: plain loopback, where the ratio is capped by the dev gateway's own work per vector
 * (both paths pay it), and a 5 ms round trip per request (`latencyMs`), still far below a real gateway's, which
 * is what batching saves in production. The targets (at most 10 requests, at least 10x faster) are checked on
 * the second and printed as met or missed: a benchmark informs, it does not fail a build.
 * Run: `pnpm --filter n8n-nodes-crazyrouter bench` (after a build).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

import { startDevGateway } from '@crazyrouter/dev-gateway';
import type { INodeType } from 'n8n-workflow';

import { createMockContext } from '../src/testing/mock-execute-context.ts';

const ITEMS = 1000;
const MODEL = 'text-embedding-3-small';
const require = createRequire(import.meta.url);
const { Crazyrouter } = require('../dist/nodes/Crazyrouter/Crazyrouter.node.js') as { Crazyrouter: new () => INodeType };

const LATENCY_MS = 5;
let gateway = await startDevGateway({ port: 0 });
const items = Array.from({ length: ITEMS }, (_, index) => ({ json: { text: `benchmark sentence number ${index}` } }));
const credentials = () => ({ apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.baseUrl });
// The dev gateway's key is clean, so n8n's expression would give this header too; the benchmark runs on Node's type
// stripping, where the expression engine's imports do not load, so it says the header itself.
const authenticate = () => ({ Authorization: `Bearer ${gateway.apiKey}` });

async function batchedThroughNode(): Promise<number> {
	const { context } = createMockContext({
		credentials: credentials(),
		authenticate,
		items,
		parameters: {
			resource: 'embeddings',
			embeddingModel: { __rl: true, mode: 'id', value: MODEL },
			text: (index: number) => items[index]?.json.text,
			options: {},
		},
	});
	const started = performance.now();
	const [output] = (await new Crazyrouter().execute!.call(context)) as [unknown[]];
	const elapsed = performance.now() - started;
	if (output.length !== ITEMS) throw new Error(`expected ${ITEMS} output items, got ${output.length}`);
	return elapsed;
}

/** One POST per item, sequentially, like the HTTP Request node running once per input item. */
async function onePerItem(): Promise<number> {
	const { context } = createMockContext({ credentials: credentials(), authenticate, items, parameters: {} });
	const started = performance.now();
	for (const item of items) {
		const response = (await context.helpers.httpRequestWithAuthentication.call(context, 'crazyrouterApi', {
			method: 'POST',
			url: `${gateway.baseUrl}/embeddings`,
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ model: MODEL, input: item.json.text }),
			returnFullResponse: true,
		})) as { body: string };
		JSON.parse(response.body);
	}
	return performance.now() - started;
}

async function measure(label: string): Promise<{ requests: number; ratio: number }> {
	gateway.clearRequests();
	const batchedMs = await batchedThroughNode();
	const batchedRequests = gateway.requests.length;
	gateway.clearRequests();
	const perItemMs = await onePerItem();
	const perItemRequests = gateway.requests.length;
	const ratio = perItemMs / batchedMs;
	console.log(`${label}`);
	console.log(`  Crazyrouter node (batched): ${batchedRequests} request(s), ${batchedMs.toFixed(1)} ms`);
	console.log(`  one request per item:       ${perItemRequests} request(s), ${perItemMs.toFixed(1)} ms`);
	console.log(`  speed-up: ${ratio.toFixed(1)}x`);
	return { requests: batchedRequests, ratio };
}

try {
	console.log(`n8n embeddings batching: ${ITEMS} items, ${MODEL}, against the dev gateway`);
	// Warm both paths once (connection pool, JIT) so the measured runs compare steady states.
	await batchedThroughNode();
	await onePerItem();
	await measure('loopback, no added latency');
	await gateway.close();
	gateway = await startDevGateway({ port: 0, latencyMs: LATENCY_MS });
	const { requests, ratio } = await measure(`${LATENCY_MS} ms round trip per request`);
	const met = requests <= 10 && ratio >= 10;
	console.log(`targets (<= 10 requests, >= 10x at ${LATENCY_MS} ms): ${met ? 'met' : 'MISSED'}`);
} finally {
	await gateway.close();
}
