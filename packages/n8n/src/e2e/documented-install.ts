/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions --
   Test tooling that follows the README's install steps in a shell; it never ships. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const packageDir = join(import.meta.dirname, '..', '..');
export const README_FILES = [join(packageDir, 'README.md'), join(packageDir, '..', '..', 'examples', 'n8n', 'README.md')];

/** The install-without-npm commands as the READMEs print them (the shell block that unpacks the tarball). */
export function documentedInstallCommands(readme = README_FILES[0]!): string {
	const blocks = [...readFileSync(readme, 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
	const install = blocks.find((block) => /tar -xzf n8n-nodes-crazyrouter-/.test(block));
	if (!install) throw new Error(`${readme} shows no shell block that unpacks the tarball`);
	return install.replace(/^ +/gm, '');
}

/**
 * Installs a packed tarball into an n8n user folder by running the README's commands, as written, in a shell:
 * `~` is that folder (HOME), the working directory the one holding the tarball. The commands name the tarball
 * of the package's current version, so a version bump without a README update fails here.
 */
export function installAsDocumented(tarball: string, userFolder: string): string {
	const commands = documentedInstallCommands();
	if (!commands.includes(basename(tarball))) throw new Error(`the README's install commands do not name ${basename(tarball)}:\n${commands}`);
	const ran = spawnSync('bash', ['-euo', 'pipefail', '-c', commands], {
		cwd: dirname(tarball),
		env: { PATH: process.env.PATH, HOME: userFolder },
		encoding: 'utf8',
	});
	if (ran.status !== 0) throw new Error(`the README's install commands failed:\n${commands}\n${ran.stderr}`);
	return join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-crazyrouter');
}
