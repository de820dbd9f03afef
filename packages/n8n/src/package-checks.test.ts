/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions --
   Test tooling that runs n8n's scanner as a child process; it never ships. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');

function runTool(command: string, args: string[], env: Record<string, string> = {}) {
	// Vitest sets NODE_ENV=test, which switches eslint-plugin-n8n-nodes-base to its own fixture file names.
	const inherited = { ...process.env };
	delete inherited.NODE_ENV;
	const result = spawnSync(command, args, {
		cwd: packageDir,
		encoding: 'utf8',
		timeout: 240_000,
		env: { ...inherited, FORCE_COLOR: '0', ...env },
		maxBuffer: 16 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}` };
}

/**
 * `pnpm test` runs this, so a scanner failure fails CI like any other test. The build runs first at the root
 * (`pnpm test` = build, typecheck, lint, vitest); the scan packs that build. `n8n-node lint` in strict mode runs in
 * the root `pnpm lint`.
 */
describe('n8n package checks', () => {
	it('passes n8n’s community-package scanner on the packed tarball', { timeout: 300_000 }, () => {
		expect(existsSync(join(packageDir, 'dist', 'nodes', 'Crazyrouter', 'Crazyrouter.node.js')), 'run the build first').toBe(true);
		const { status, output } = runTool(process.execPath, [join(packageDir, 'scripts', 'scan-packed.mjs')]);
		expect(output).toMatch(/PASS tarball/);
		expect(output).toMatch(/PASS source/);
		expect(status, output).toBe(0);
	});
});
