/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions --
   Test tooling that runs a real n8n server; it never ships. */
import { spawn } from 'node:child_process';

import { freePort } from './free-port';
import { n8nBin } from './install-n8n';

export interface N8nServer {
	/** e.g. http://127.0.0.1:PORT */
	url: string;
	/** Everything n8n printed so far, for failure messages. */
	output(): string;
	/** SIGTERM, then waits for the process to exit (SIGKILL if it outlives the grace period). */
	stop(): Promise<void>;
}

const READY_LINE = 'Editor is now accessible via';
const STOP_GRACE_MS = 30_000;

/**
 * Runs `n8n start` bound to 127.0.0.1 on a free port and resolves once n8n
 * says the editor is reachable, which is when its REST API answers. Needed where only the server does the
 * work: credential tests run in the server, never in `n8n execute`.
 */
export async function startN8nServer(env: NodeJS.ProcessEnv, readyTimeoutMs: number): Promise<N8nServer> {
	const port = await freePort();
	const child = spawn(process.execPath, [n8nBin(), 'start'], {
		env: {
			...env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			// Plain http on loopback: a Secure cookie would be fine for our client but is wrong for the setup.
			N8N_SECURE_COOKIE: 'false',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`n8n start was not ready after ${readyTimeoutMs} ms:\n${output.slice(-4000)}`));
		}, readyTimeoutMs);
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(READY_LINE)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`n8n start exited early (${code}):\n${output.slice(-4000)}`));
		});
	});
	return {
		url: `http://127.0.0.1:${port}`,
		output: () => output,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
			child.kill('SIGTERM');
			await exited;
			clearTimeout(kill);
		},
	};
}
