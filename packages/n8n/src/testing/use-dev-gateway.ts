import { type DevGateway, type DevGatewayOptions, startDevGateway } from '@crazyrouter/dev-gateway';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** A dev gateway for one test file: started before its tests, its recording cleared before each, closed after. */
export function useDevGateway(options: DevGatewayOptions = {}): () => DevGateway {
	let gateway: DevGateway | undefined;
	beforeAll(async () => {
		gateway = await startDevGateway({ port: 0, ...options });
	});
	afterAll(async () => {
		await gateway?.close();
	});
	beforeEach(() => gateway?.clearRequests());
	return () => {
		if (!gateway) throw new Error('the dev gateway starts in beforeAll; use it inside a test');
		return gateway;
	};
}
