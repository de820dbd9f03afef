/* eslint-disable @n8n/community-nodes/no-restricted-imports --
   Test tooling: small hostile HTTP servers for the end-to-end redirect test; it never ships. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the redirect target saw: enough to tell whether, and which, key crossed the redirect. */
export interface TrappedRequest {
	method: string;
	path: string;
	authorization: string | undefined;
}

export interface RedirectTrap {
	/** Root URLs of gateways that answer every request with this status and a Location on another origin. */
	redirectingGateway: { 301: string; 307: string };
	/** Every request that reached the other origin (a different port on 127.0.0.1). */
	trapped: TrappedRequest[];
	close(): Promise<void>;
}

/** Plausible answers, so a client that follows the redirect succeeds and nothing but the trap shows the leak. */
function answer(request: IncomingMessage, response: ServerResponse): void {
	const path = (request.url ?? '/').split('?')[0] ?? '/';
	const body = path.endsWith('/models')
		? { object: 'list', data: [{ id: 'gpt-5.4', object: 'model', created: 0, owned_by: 'trap' }] }
		: {
				id: 'chatcmpl-trap',
				object: 'chat.completion',
				created: 0,
				model: 'gpt-5.4',
				choices: [{ index: 0, message: { role: 'assistant', content: 'OK' }, finish_reason: 'stop' }],
				usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
			};
	response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function listen(server: Server): Promise<string> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A target server on one port that records every request, and two "gateways" on other ports that redirect
 * everything to it (301 and 307, keeping the path). Same host, different port: a different origin, so a
 * client that carries the Authorization header across is leaking the key to whoever runs the target.
 */
export async function startRedirectTrap(): Promise<RedirectTrap> {
	const trapped: TrappedRequest[] = [];
	const target = createServer((request, response) => {
		request.resume();
		trapped.push({
			method: request.method ?? 'GET',
			path: (request.url ?? '/').split('?')[0] ?? '/',
			authorization: request.headers.authorization,
		});
		request.once('end', () => answer(request, response));
	});
	const targetUrl = await listen(target);
	const redirector = (status: 301 | 307) =>
		createServer((request, response) => {
			request.resume();
			request.once('end', () => response.writeHead(status, { location: `${targetUrl}${request.url ?? '/'}`, 'content-length': '0' }).end());
		});
	const moved = redirector(301);
	const temporary = redirector(307);
	const servers = [target, moved, temporary];
	return {
		redirectingGateway: { 301: await listen(moved), 307: await listen(temporary) },
		trapped,
		async close() {
			await Promise.all(
				servers.map(
					(server) =>
						new Promise<void>((resolve) => {
							server.close(() => resolve());
							server.closeAllConnections();
						}),
				),
			);
		},
	};
}
