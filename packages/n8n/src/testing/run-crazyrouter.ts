import type { INodeExecutionData } from 'n8n-workflow';

import { Crazyrouter } from '../nodes/Crazyrouter/Crazyrouter.node';
import { createMockContext, type MockContext, type MockContextOptions } from './mock-execute-context';

export type RunOptions = Omit<MockContextOptions, 'credentials'> & { credentials?: MockContextOptions['credentials'] };

/**
 * Executes the Crazyrouter node as n8n would, against a gateway (the dev gateway in tests), with the gateway's key
 * unless the options give other credentials. The result settles with the node's output or its error.
 */
export function runCrazyrouter(gateway: { apiKey: string; url: string }, options: RunOptions): { mock: MockContext; result: Promise<INodeExecutionData[][]> } {
	const mock = createMockContext({ credentials: options.credentials ?? { apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.url }, ...options });
	return { mock, result: new Crazyrouter().execute.call(mock.context) };
}

/** A resource locator value as the editor stores a picked model. */
export const pickedModel = (value: string) => ({ __rl: true, mode: 'list', value });
