import { defineConfig } from 'tsup';

/**
 * Builds the two files n8n loads (CommonJS, like every community node) with everything from the core and zod
 * inlined, so the package has no runtime dependencies; only n8n-workflow, which n8n
 * provides, stays external.
 */
export default defineConfig({
	entry: {
		'nodes/Crazyrouter/Crazyrouter.node': 'src/nodes/Crazyrouter/Crazyrouter.node.ts',
		'credentials/CrazyrouterApi.credentials': 'src/credentials/CrazyrouterApi.credentials.ts',
	},
	format: ['cjs'],
	outExtension: () => ({ js: '.js' }),
	target: 'node22',
	platform: 'node',
	clean: true,
	dts: false,
	sourcemap: false,
	splitting: false,
	external: ['n8n-workflow'],
	noExternal: [/^(?!n8n-workflow$).*/],
	// Zod keeps its registry and config on `globalThis`, which n8n's scanner forbids. Each bundle gets its own
	// object instead: the bundled copy stays private and never shares state with n8n's own zod.
	define: { globalThis: 'crazyrouterBundleGlobals' },
	inject: ['src/bundle-globals.ts'],
	esbuildOptions(options) {
		options.conditions = ['crazyrouter-source'];
	},
	publicDir: false,
	async onSuccess() {
		// Build tooling, never shipped: n8n's import rule is for node code.
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
		const { copyFile } = await import('node:fs/promises');
		for (const folder of ['nodes/Crazyrouter', 'credentials']) {
			for (const icon of ['crazyrouter.svg', 'crazyrouter.dark.svg']) await copyFile(`src/${folder}/${icon}`, `dist/${folder}/${icon}`);
		}
	},
});
