/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console --
   End-to-end test tooling (temp folders, progress lines); it never ships. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8nInstalled, N8N_VERSION } from './install-n8n';
import { installPackedPackage, n8nEnvironment } from './run-n8n';

const packageDir = join(import.meta.dirname, '..', '..');

export interface RealN8n {
	userFolder: string;
	env: NodeJS.ProcessEnv;
	/** Writes a JSON file for `n8n import:*` into the user folder and gives its path. */
	writeJson(name: string, value: unknown): string;
	remove(): void;
}

/** n8n installed (or reused from the cache), a fresh user folder with its environment, and the packed package in it. */
export async function prepareRealN8n(label: string): Promise<RealN8n> {
	const install = ensureN8nInstalled((message) => console.log(`[real-n8n] ${message}`));
	console.log(`[real-n8n] n8n@${N8N_VERSION} ${install.installedNow ? 'installed' : 'reused from cache'}: ${install.dir}`);
	const userFolder = mkdtempSync(join(tmpdir(), `crazyrouter-n8n-${label}-`));
	const env = await n8nEnvironment(userFolder);
	installPackedPackage(packageDir, userFolder);
	return {
		userFolder,
		env,
		writeJson(name, value) {
			const path = join(userFolder, name);
			writeFileSync(path, JSON.stringify(value, null, 2));
			return path;
		},
		remove: () => rmSync(userFolder, { recursive: true, force: true }),
	};
}
