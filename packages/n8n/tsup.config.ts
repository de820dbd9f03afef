import { thirdPartyNotices } from '@crazyrouter/third-party-notices';
import { defineConfig } from 'tsup';

/**
 * Builds the files n8n loads (CommonJS, like every community node) with everything from the core and zod
 * inlined, so the package has no runtime dependencies; only n8n-workflow and @n8n/ai-node-sdk,
 * which n8n provides, stay external.
 */
export default defineConfig({
	entry: {
		'nodes/Crazyrouter/Crazyrouter.node': 'src/nodes/Crazyrouter/Crazyrouter.node.ts',
		'nodes/LmChatCrazyrouter/LmChatCrazyrouter.node': 'src/nodes/LmChatCrazyrouter/LmChatCrazyrouter.node.ts',
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
	// What n8n provides: n8n-workflow, and the AI SDK (a peer dependency n8n 2.x ships) for the chat model sub-node.
	external: ['n8n-workflow', '@n8n/ai-node-sdk'],
	noExternal: [/^(?!(n8n-workflow|@n8n\/ai-node-sdk)$).*/],
	// Zod keeps its registry and config on `globalThis`, which n8n's scanner forbids. Each bundle gets its own
	// object instead: the bundled copy stays private and never shares state with n8n's own zod.
	define: { globalThis: 'crazyrouterBundleGlobals' },
	inject: ['src/bundle-globals.ts'],
	esbuildOptions(options) {
		options.conditions = ['crazyrouter-source'];
	},
	// dist/THIRD_PARTY_NOTICES.md for what is inlined (zod); metafile-cjs.json is the bundler's record the tests
	// check it against, kept out of the npm package by package.json.
	metafile: true,
	esbuildPlugins: [thirdPartyNotices()],
	publicDir: false,
	async onSuccess() {
		// Build tooling, never shipped: n8n's import rule is for node code.
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
		const { copyFile } = await import('node:fs/promises');
		for (const folder of ['nodes/Crazyrouter', 'nodes/LmChatCrazyrouter', 'credentials']) {
			for (const icon of ['crazyrouter.svg', 'crazyrouter.dark.svg']) await copyFile(`src/${folder}/${icon}`, `dist/${folder}/${icon}`);
		}
		// The codices (categories, search aliases) n8n reads beside the node files.
		for (const node of ['Crazyrouter', 'LmChatCrazyrouter']) await copyFile(`src/nodes/${node}/${node}.node.json`, `dist/nodes/${node}/${node}.node.json`);
	},
});
