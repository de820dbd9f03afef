import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * How many items' requests the node keeps in flight at once unless told otherwise. n8n's own AI nodes default to
 * batches of 5; at 5, 100 items of a 1 s model take about 20 s instead of 100 s, while a key's usual rate limits
 * hold (a 429 is retried by the core with backoff).
 */
export const DEFAULT_PARALLEL_REQUESTS = 5;
const MAX_PARALLEL_REQUESTS = 50;

export const parallelRequestsOption: INodeProperties = {
	displayName: 'Parallel Requests',
	name: 'parallelRequests',
	type: 'number',
	default: DEFAULT_PARALLEL_REQUESTS,
	typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_REQUESTS, numberPrecision: 0 },
	description: `How many items are sent at once (1 sends one at a time). Output keeps the input order. Lower it if the key hits its rate limit; ${DEFAULT_PARALLEL_REQUESTS} when unset.`,
};

/** The setting of the first item: one bound for the whole run. */
export function readParallelRequests(context: IExecuteFunctions): number {
	const options = context.getNodeParameter('options', 0, {}) as { parallelRequests?: unknown };
	const value = Number(options.parallelRequests ?? DEFAULT_PARALLEL_REQUESTS);
	return Number.isInteger(value) ? Math.min(Math.max(value, 1), MAX_PARALLEL_REQUESTS) : DEFAULT_PARALLEL_REQUESTS;
}
