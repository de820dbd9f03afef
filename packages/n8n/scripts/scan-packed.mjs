#!/usr/bin/env node
/**
 * Runs n8n's community-package scanner on what would be published: packs this package with `pnpm pack`,
 * unpacks the tarball and lints it with the scanner's own ESLint setup.
 *
 * Why not the scanner's CLI: `npx @n8n/scan-community-package <name>` only accepts a registry package name.
 * It downloads the published tarball, requires npm provenance and fetches the attested GitHub source, so it
 * cannot see a local tarball. Its exported `analyzePackage` is the analysis it runs on both halves, and this
 * script calls it the same way:
 *   - tarball leg: `**\/*.js` and package.json of the unpacked tarball (bundled core and zod included);
 *   - source leg: the shipped sources laid out as the scanner expects a source checkout (`nodes/`,
 *     `credentials/`, package.json), with the n8n-nodes-base node and credential rules, tests left out.
 * Inline `eslint-disable` comments are ignored by the scanner, so nothing can be waived in shipped code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const workDir = mkdtempSync(join(tmpdir(), 'crazyrouter-n8n-scan-'));

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

/** The pnpm that started this script (`pnpm run scan` sets npm_execpath; pnpm 12 is a native binary), else PATH's. */
function pnpm(args, cwd) {
	const execPath = process.env.npm_execpath;
	if (execPath && /pnpm/.test(execPath)) {
		return /\.[cm]?js$/.test(execPath) ? run(process.execPath, [execPath, ...args], cwd) : run(execPath, args, cwd);
	}
	return run('pnpm', args, cwd);
}

function stageSources(target) {
	cpSync(join(packageDir, 'package.json'), join(target, 'package.json'));
	for (const folder of ['nodes', 'credentials']) {
		cpSync(join(packageDir, 'src', folder), join(target, folder), {
			recursive: true,
			filter: (source) => !/\.test\.ts$/.test(source),
		});
	}
}

try {
	pnpm(['pack', '--pack-destination', workDir], packageDir);
	const tarball = readdirSync(workDir).find((name) => name.endsWith('.tgz'));
	if (!tarball) throw new Error('pnpm pack produced no tarball');
	const unpacked = join(workDir, 'package');
	run('tar', ['-xzf', tarball], workDir);
	const shipped = run('find', ['.', '-type', 'f'], unpacked).split('\n').filter(Boolean).sort();
	console.log(`Packed ${tarball}:\n  ${shipped.join('\n  ')}`);

	const sources = join(workDir, 'source');
	mkdirSync(sources);
	stageSources(sources);

	const legs = [
		['tarball', await analyzePackage(unpacked, ['**/*.js', 'package.json'])],
		['source', await analyzePackage(sources, SOURCE_FILE_PATTERNS)],
	];
	let passed = true;
	for (const [leg, result] of legs) {
		console.log(`${result.passed ? 'PASS' : 'FAIL'} ${leg}${result.message ? `: ${result.message}` : ''}`);
		if (!result.passed) {
			passed = false;
			if (result.details) console.log(result.details.replaceAll(workDir, relative(process.cwd(), workDir) || '.'));
		}
	}
	process.exitCode = passed ? 0 : 1;
} finally {
	rmSync(workDir, { recursive: true, force: true });
}
