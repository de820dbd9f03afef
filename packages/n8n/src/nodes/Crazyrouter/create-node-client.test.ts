// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports -- a test reads the package README; it never ships
import { readFileSync } from 'node:fs';

import { CrazyrouterError, DEFAULT_DEADLINES, formatDeadline } from '@crazyrouter/core';
import { type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { createMockContext } from '../../testing/mock-execute-context';
import { createNodeClient } from './create-node-client';

let gateway: DevGateway;
beforeAll(async () => {
	gateway = await startDevGateway({ port: 0 });
});
afterAll(async () => {
	await gateway.close();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('the node’s client against a gateway that never answers', () => {
	it('gives up by the core’s default deadline, on a fake clock (n8n’s sleep runs on the host timers)', async () => {
		// Only the clock and timers are faked: the requests still travel to the dev gateway for real.
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
		const mock = createMockContext({
			credentials: { apiKey: gateway.apiKey, region: 'custom', baseUrl: gateway.url },
			parameters: {},
			extraHeaders: { 'x-dev-gateway-fault': 'no-headers' },
		});
		const client = await createNodeClient(mock.context);
		const started = Date.now();
		let outcome: unknown;
		client.listModels().then(
			() => (outcome = 'answered'),
			(error: unknown) => (outcome = error),
		);
		// Step a second of fake time at a time, letting real I/O run in between, for at most the old 600 s default.
		for (let second = 0; second < 600 && outcome === undefined; second++) {
			await vi.advanceTimersByTimeAsync(1000);
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- a test lets real I/O run between fake-clock steps; it never ships
			await new Promise((resolve) => setImmediate(resolve));
		}
		const elapsed = Date.now() - started;
		expect(CrazyrouterError.isInstance(outcome) && outcome.code).toBe('timeout');
		expect(elapsed).toBeLessThanOrEqual(DEFAULT_DEADLINES.totalMs);
		expect(gateway.requests.length).toBeGreaterThanOrEqual(2);
	});
});

it('the README states the core’s deadlines', () => {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
	expect(readme).toContain(`within ${formatDeadline(DEFAULT_DEADLINES.headersMs)}`);
	expect(readme).toContain(`ends by ${formatDeadline(DEFAULT_DEADLINES.totalMs)}`);
});
