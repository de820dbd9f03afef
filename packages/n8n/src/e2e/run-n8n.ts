/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions --
   Test tooling that packs this package and drives a real n8n from the command line; it never ships. */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { installAsDocumented } from './documented-install';
import { freePort } from './free-port';
import { n8nBin } from './install-n8n';

export interface CommandResult {
	code: number | null;
	stdout: string;
	stderr: string;
	ms: number;
}

/** Packs the package as `pnpm publish` would, into a fresh temporary folder; returns the tarball. */
export function packPackage(packageDir: string): string {
	const packDir = mkdtempSync(join(tmpdir(), 'crazyrouter-n8n-pack-'));
	const execPath = process.env.npm_execpath;
	const [command, args] = execPath && /pnpm/.test(execPath) ? (/\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []]) : ['pnpm', []];
	const packed = spawnSync(command, [...args, 'pack', '--pack-destination', packDir], { cwd: packageDir, encoding: 'utf8' });
	if (packed.status !== 0) throw new Error(`pnpm pack failed: ${packed.stdout}\n${packed.stderr}`);
	const tarball = readdirSync(packDir).find((name) => name.endsWith('.tgz'));
	if (!tarball) throw new Error('pnpm pack produced no tarball');
	return join(packDir, tarball);
}

/** Packs the package and installs the tarball into n8n's nodes folder by the README's own commands. */
export function installPackedPackage(packageDir: string, userFolder: string): string {
	return installAsDocumented(packPackage(packageDir), userFolder);
}

/**
 * Environment for a headless, offline n8n in its own user folder; one random encryption key per run and its
 * own task-broker port (n8n's default, 5679, is taken by any other n8n running here, and n8n then exits).
 */
export async function n8nEnvironment(userFolder: string): Promise<NodeJS.ProcessEnv> {
	const encryption = randomBytes(24).toString('hex');
	return {
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		PATH: process.env.PATH,
		HOME: userFolder,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: encryption,
		N8N_LOG_LEVEL: 'info',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_PUBLIC_API_DISABLED: 'true',
		DB_TYPE: 'sqlite',
		NODE_ENV: 'production',
	};
}

/** Runs the n8n CLI asynchronously (the dev gateway answers from this same process meanwhile). */
export function runN8n(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CommandResult> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [n8nBin(), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/**
 * The README's command-line steps in an n8n user folder: `n8n import:credentials`, `n8n import:workflow` (the JSON
 * needs an `id`), then `n8n execute --id=ID --rawOutput`. Import failures throw; the execution's result is returned.
 */
export async function importAndExecute(options: {
	env: NodeJS.ProcessEnv;
	userFolder: string;
	credentials: unknown[];
	workflow: Record<string, unknown>;
	timeoutMs: number;
	extraEnv?: NodeJS.ProcessEnv;
}): Promise<CommandResult> {
	const { env, userFolder, timeoutMs } = options;
	const id = String(options.workflow.id);
	const write = (name: string, value: unknown) => {
		const path = join(userFolder, name);
		writeFileSync(path, JSON.stringify(value, null, 2));
		return path;
	};
	const ensure = (result: CommandResult, what: string) => {
		if (result.code !== 0) throw new Error(`n8n ${what} failed (${result.code}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	};
	ensure(await runN8n(['import:credentials', `--input=${write(`credentials-${id}.json`, options.credentials)}`], env, timeoutMs), 'import:credentials');
	ensure(await runN8n(['import:workflow', `--input=${write(`workflow-${id}.json`, options.workflow)}`], env, timeoutMs), 'import:workflow');
	return runN8n(['execute', `--id=${id}`, '--rawOutput'], { ...env, ...options.extraEnv }, timeoutMs);
}

/** The run data `n8n execute --rawOutput` prints: the JSON document among the log lines. */
export function parseRunOutput(stdout: string): { data: { resultData: { runData: Record<string, RunOfNode[]> } } } {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line === '{');
	const end = lines.findIndex((line, index) => index > start && line === '}');
	if (start < 0 || end < 0) throw new Error(`no JSON run data in n8n output:\n${stdout.slice(-3000)}`);
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

export interface RunOfNode {
	error?: { message?: string; description?: string };
	data?: { main: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, { mimeType?: string; fileName?: string }> }>> };
}
