/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions --
   Test tooling that installs and runs a real n8n; it never ships (package.json "files" is dist only). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The n8n release the end-to-end test runs, and the pin its install needs (DESIGN.md, n8n section). */
export const N8N_VERSION = '2.41.1';
const LINKEDOM_PIN = '0.18.14';

/** Where the ~3 GB install is cached, outside the repository, keyed by version. */
export function n8nCacheDir(): string {
	const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(cacheRoot, `crazyrouter-n8n-${N8N_VERSION}`);
}

export function n8nBin(dir = n8nCacheDir()): string {
	return join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
}

/**
 * Headers for building sqlite3 against the running Node. node-gyp otherwise downloads them from nodejs.org,
 * which this machine cannot reach; every Node install we use ships them beside its binary (the registry's
 * `node` package and Debian's alike), so point node-gyp there.
 */
function localNodeHeaders(): Record<string, string> {
	const installRoot = dirname(dirname(process.execPath));
	// The registry's `node` package keeps its headers in the platform package it installed beside the binary.
	const candidates = [installRoot, join(installRoot, 'node_modules', `node-${process.platform}-${process.arch}`)];
	const nodedir = candidates.find((candidate) => existsSync(join(candidate, 'include', 'node', 'node_api.h')));
	return nodedir ? { npm_config_nodedir: nodedir } : {};
}

function run(command: string, args: string[], cwd: string, timeoutMs: number): void {
	const env = { ...process.env, ...localNodeHeaders() };
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env, maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout?.slice(-4000)}\n${result.stderr?.slice(-4000)}`);
	}
}

/**
 * Installs n8n once into the cache and reuses it afterwards. Installs go to a temporary folder renamed into
 * place at the end, so an interrupted install is never mistaken for a complete one. Scripts are skipped
 * (they download binaries this machine cannot fetch); only sqlite3's native module is rebuilt.
 */
export function ensureN8nInstalled(log: (message: string) => void = () => undefined): { dir: string; installedNow: boolean; ms: number } {
	const dir = n8nCacheDir();
	const started = Date.now();
	if (existsSync(join(dir, '.complete')) && existsSync(n8nBin(dir))) return { dir, installedNow: false, ms: 0 };
	const staging = `${dir}.partial-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	writeFileSync(
		join(staging, 'package.json'),
		JSON.stringify({ private: true, dependencies: { n8n: N8N_VERSION }, overrides: { linkedom: LINKEDOM_PIN } }, null, 2),
	);
	log(`installing n8n@${N8N_VERSION} into ${staging} (first run: several minutes)`);
	run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], staging, 20 * 60_000);
	run('npm', ['rebuild', 'sqlite3'], staging, 10 * 60_000);
	writeFileSync(join(staging, '.complete'), new Date().toISOString());
	if (existsSync(join(dir, '.complete'))) {
		// Another run finished first; keep its copy.
		rmSync(staging, { recursive: true, force: true });
	} else {
		rmSync(dir, { recursive: true, force: true });
		renameSync(staging, dir);
	}
	return { dir, installedNow: true, ms: Date.now() - started };
}
