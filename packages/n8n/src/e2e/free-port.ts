/* eslint-disable @n8n/community-nodes/no-restricted-imports --
   Test tooling for the end-to-end tests; it never ships. */
import { createServer } from 'node:net';

/**
 * A port that was free a moment ago on 127.0.0.1, for n8n settings that need a fixed number (it cannot
 * report a port 0 back). Two n8n processes on one machine must not share one: the second exits at start.
 */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (typeof address !== 'object' || address === null) throw new Error('no port');
	return address.port;
}
