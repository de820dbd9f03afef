/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test of the README's install commands; it never ships */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

import { documentedInstallCommands, installAsDocumented, README_FILES } from './documented-install';
import { packPackage } from './run-n8n';

const packageDir = join(import.meta.dirname, '..', '..');

it('both READMEs show the same install commands, and they put the packed package where n8n loads community nodes', { timeout: 120_000 }, () => {
	expect(documentedInstallCommands(README_FILES[1])).toBe(documentedInstallCommands(README_FILES[0]));
	const userFolder = mkdtempSync(join(tmpdir(), 'crazyrouter-n8n-documented-'));
	const installed = installAsDocumented(packPackage(packageDir), userFolder);
	// n8n scans ~/.n8n/nodes/node_modules/n8n-nodes-* and loads the files named by the package's `n8n` block.
	expect(installed).toBe(join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-crazyrouter'));
	const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[]; credentials: string[] } };
	expect(manifest.name).toBe('n8n-nodes-crazyrouter');
	for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(existsSync(join(installed, file)), file).toBe(true);
});
