/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console --
   End-to-end test tooling (temp folders, the example workflow file, progress lines); it never ships. */
/**
 * The packed package inside a real n8n 2.x, headless: the example workflow (examples/n8n) is imported and
 * executed with `n8n execute` against the dev gateway, then a workflow with a rejected key must fail with the
 * core's fix hint, and the agent example must run the node as an AI Agent tool. The first run installs n8n into
 * a cache outside the repository (several minutes); later runs reuse it.
 */
import { credentialFingerprint, type DevGateway, type HostileGateway, startDevGateway, startHostileGateway } from '@crazyrouter/dev-gateway';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { crazyrouterCredential, exampleWith } from './example-workflow';
import { ensureN8nInstalled, N8N_VERSION } from './install-n8n';
import { importAndExecute as importAndExecuteIn, installPackedPackage, n8nEnvironment, parseRunOutput, runN8n } from './run-n8n';

const packageDir = join(import.meta.dirname, '..', '..');
const agentToolWorkflow = join(packageDir, '..', '..', 'examples', 'n8n', 'crazyrouter-agent-tool-workflow.json');
const EXEC_TIMEOUT_MS = 180_000;

let gateway: DevGateway;
let userFolder: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
	const install = ensureN8nInstalled((message) => console.log(`[real-n8n] ${message}`));
	console.log(
		`[real-n8n] n8n@${N8N_VERSION} ${install.installedNow ? `installed in ${Math.round(install.ms / 1000)} s` : 'reused from cache'}: ${install.dir}`,
	);
	gateway = await startDevGateway({ port: 0 });
	userFolder = mkdtempSync(join(tmpdir(), 'crazyrouter-n8n-e2e-'));
	env = await n8nEnvironment(userFolder);
	installPackedPackage(packageDir, userFolder);
}, 25 * 60_000);

afterAll(async () => {
	await gateway?.close();
	if (userFolder) rmSync(userFolder, { recursive: true, force: true });
});

async function importAndExecute(
	credential: { id: string; apiKey: string; baseUrl?: string },
	workflow: Record<string, unknown>,
	extraCredentials: unknown[] = [],
	extraEnv: NodeJS.ProcessEnv = {},
) {
	const credentials = [crazyrouterCredential({ ...credential, baseUrl: credential.baseUrl ?? gateway.url }), ...extraCredentials];
	const result = await importAndExecuteIn({ env, userFolder, credentials, workflow, timeoutMs: EXEC_TIMEOUT_MS, extraEnv });
	console.log(`[real-n8n] execute ${String(workflow.id)}: exit ${result.code} in ${Math.round(result.ms / 1000)} s`);
	return result;
}

/** The agent-tool example with its Crazyrouter and OpenAI-compatible credentials pointed at the given ids. */
function agentToolWith(ids: { crazyrouter: string; openAi: string }, id: string): Record<string, unknown> {
	const workflow = JSON.parse(readFileSync(agentToolWorkflow, 'utf8')) as { nodes: Array<{ credentials?: Record<string, { id: string }> }> };
	for (const node of workflow.nodes) {
		if (node.credentials?.crazyrouterApi) node.credentials.crazyrouterApi.id = ids.crazyrouter;
		if (node.credentials?.openAiApi) node.credentials.openAiApi.id = ids.openAi;
	}
	return { ...workflow, id };
}

describe(`the node in real n8n ${N8N_VERSION}`, () => {
	it('runs the example workflow: chat, embeddings, image and models', { timeout: 10 * 60_000 }, async () => {
		const result = await importAndExecute(
			{ id: 'crazyrouterCredential1', apiKey: gateway.apiKey },
			exampleWith('crazyrouterCredential1', 'crazyrouterExample1'),
		);
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const { runData } = parseRunOutput(result.stdout).data.resultData;
		const first = (node: string) => runData[node]?.[0]?.data?.main[0] ?? [];

		expect(first('Chat')[0]?.json.text).toBe('OK');
		expect(first('Embeddings')[0]?.json).toMatchObject({ dimensions: 256, model: 'text-embedding-3-small' });
		expect((first('Embeddings')[0]?.json.embedding as number[]).length).toBe(256);
		const image = first('Image')[0];
		expect(image?.json.revisedPrompt).toMatch(/OK/);
		expect(image?.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: 'crazyrouter-image-1.png' });
		expect(first('Models').map((item) => item.json.id)).toEqual(expect.arrayContaining(['gpt-5.4', 'text-embedding-3-small', 'gpt-image-2']));

		const paths = gateway.requests.map((request) => request.path);
		expect(paths).toEqual(expect.arrayContaining(['/v1/chat/completions', '/v1/embeddings', '/v1/images/generations', '/v1/models']));
		expect(new Set(gateway.requests.map((request) => request.headers.authorization))).toEqual(new Set([credentialFingerprint(`Bearer ${gateway.apiKey}`)]));
	});

	it('runs a workflow saved with node version 1, which keeps one `model` parameter for every resource', { timeout: 10 * 60_000 }, async () => {
		const since = gateway.requests.length;
		const versionOne = JSON.parse(
			JSON.stringify(exampleWith('crazyrouterCredential4', 'crazyrouterVersionOne1'))
				.replaceAll('"typeVersion":1.1', '"typeVersion":1')
				.replaceAll('"embeddingModel":', '"model":')
				.replaceAll('"imageModel":', '"model":'),
		) as Record<string, unknown>;
		const result = await importAndExecute({ id: 'crazyrouterCredential4', apiKey: gateway.apiKey }, versionOne);
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const models = gateway.requests
			.slice(since)
			.flatMap((request) => ((request.body as { model?: string } | undefined)?.model ? [(request.body as { model: string }).model] : []));
		expect(models).toEqual(expect.arrayContaining(['gpt-5.4', 'text-embedding-3-small', 'gpt-image-2']));
	});

	it('fails with the fix hint, and without the key, when the key is rejected', { timeout: 10 * 60_000 }, async () => {
		const rejected = 'sk-e2e-not-a-real-one-987654';
		const result = await importAndExecute({ id: 'crazyrouterCredential2', apiKey: rejected }, exampleWith('crazyrouterCredential2', 'crazyrouterRejected1'));
		const output = result.stdout + result.stderr;
		expect(result.code).not.toBe(0);
		expect(output).toMatch(/The API key was rejected/);
		expect(output).toMatch(/auth, HTTP 401, request /);
		expect(output).not.toContain(rejected);
	});

	// The example pins AI Agent 2.2: n8n 2.41.1's Agent 3.x replays the tool-call turn with `content: []`, which
	// OpenAI (and so the dev gateway) rejects with 400 "empty array" (n8n-io/n8n#36774, fix pending in #38526).
	it('works as an AI Agent tool: the agent calls it and answers', { timeout: 10 * 60_000 }, async () => {
		const since = gateway.requests.length;
		const openAi = {
			id: 'crazyrouterOpenAiCredential1',
			name: 'Crazyrouter (OpenAI-compatible)',
			type: 'openAiApi',
			data: { apiKey: gateway.apiKey, url: `${gateway.url}/v1`, header: false },
		};
		const result = await importAndExecute(
			{ id: 'crazyrouterCredential3', apiKey: gateway.apiKey },
			agentToolWith({ crazyrouter: 'crazyrouterCredential3', openAi: openAi.id }, 'crazyrouterAgentTool1'),
			[openAi],
		);
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const { runData } = parseRunOutput(result.stdout).data.resultData;

		const requests = gateway.requests.slice(since);
		const chats = requests.filter((request) => request.path === '/v1/chat/completions');
		type ChatBody = { tools?: Array<{ function: { name: string } }>; messages: Array<{ role: string; content?: unknown }> };
		const withTools = chats.map((request) => request.body as ChatBody).filter((body) => body.tools?.length);
		// The model was offered the node as a tool, called it, and got the model list back as a tool message.
		expect(withTools[0]?.tools?.map((tool) => tool.function.name)).toContain('Crazyrouter_models');
		const toolMessage = withTools.flatMap((body) => body.messages).find((message) => message.role === 'tool');
		expect(String(toolMessage?.content)).toContain('gpt-5.4');
		expect(requests.some((request) => request.method === 'GET' && request.path === '/v1/models')).toBe(true);
		expect(runData['Crazyrouter models']?.length).toBeGreaterThan(0);
		expect(runData['Crazyrouter models']?.[0]?.error).toBeUndefined();

		const answer = runData['AI Agent']?.[0]?.data?.main[0]?.[0]?.json.output;
		expect(typeof answer).toBe('string');
		expect(answer).toMatch(/Crazyrouter_models/);
	});
});

describe(`the node types real n8n ${N8N_VERSION} loads from the package`, () => {
	type NodeType = {
		name: string;
		displayName: string;
		version: number | number[];
		outputs?: unknown;
		codex?: { categories?: string[]; subcategories?: Record<string, string[]>; alias?: string[] };
		properties: Array<{ name: string; default?: unknown }>;
	};
	let types: NodeType[] = [];
	beforeAll(async () => {
		const output = join(userFolder, 'node-types.json');
		const exported = await runN8n(['export:nodes', `--output=${output}`], env, EXEC_TIMEOUT_MS);
		expect(exported.code, exported.stdout + exported.stderr).toBe(0);
		types = JSON.parse(readFileSync(output, 'utf8')) as NodeType[];
	}, 10 * 60_000);
	const find = (name: string) => types.find((type) => type.name === `n8n-nodes-crazyrouter.${name}`);

	// The editor's node panel searches displayName and codex.alias, and files nodes by codex category.
	it('files the Crazyrouter node under AI, found by the words people search for', () => {
		const node = find('crazyrouter');
		expect(node?.codex?.categories).toContain('AI');
		const names = [node?.displayName ?? '', ...(node?.codex?.alias ?? [])].map((text) => text.toLowerCase());
		for (const term of ['image', 'embedding', 'chat model', 'gpt', 'claude', 'llm'])
			expect(
				names.some((text) => text.includes(term)),
				term,
			).toBe(true);
	});

	it('offers the Crazyrouter Chat Model among the Agent’s language models', () => {
		const model = find('lmChatCrazyrouter');
		expect(model?.outputs).toEqual(['ai_languageModel']);
		expect(model?.codex?.subcategories?.AI).toEqual(expect.arrayContaining(['Language Models']));
	});

	it('gives the tool variant a description per resource', () => {
		const tool = find('crazyrouterTool');
		expect(tool?.properties.find((property) => property.name === 'toolDescription')?.default).toMatch(/^=\{\{/);
		expect(tool?.properties.some((property) => property.name === 'descriptionType')).toBe(false);
	});
});

describe(`image links from a hostile gateway, in real n8n ${N8N_VERSION}`, () => {
	let hostile: HostileGateway;
	beforeAll(async () => {
		hostile = await startHostileGateway();
	});
	afterAll(async () => {
		await hostile?.close();
	});

	// Real n8n matters here: its HTTP helper follows redirects unless told not to, which a fetch harness cannot show,
	// and its egress filter (getSecureEgressFilter) exists only in n8n itself.
	it('downloads no internal, non-image or oversized link and re-checks every redirect', { timeout: 10 * 60_000 }, async () => {
		const internalPort = new URL(hostile.internalUrl).port;
		hostile.answerImages([
			{ url: '{internal}/secret.png' },
			{ url: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
			{ url: `http://[::ffff:127.0.0.1]:${internalPort}/secret.png` },
			{ url: '{gateway}/images/redirect-internal' },
			{ url: '{gateway}/images/redirect-metadata' },
			{ url: '{gateway}/images/page.png' },
			{ url: '{gateway}/images/huge.png' },
			{ url: `http://images.blocked.test:${internalPort}/secret.png` },
			{ url: '{gateway}/images/redirect-ok' },
		]);
		const workflow = {
			id: 'crazyrouterHostileImages1',
			name: 'Crazyrouter: image links from a hostile gateway',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{ id: 'a0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
				{
					id: 'a0000000-0000-4000-8000-000000000002',
					name: 'Image',
					type: 'n8n-nodes-crazyrouter.crazyrouter',
					typeVersion: 1,
					position: [240, 0],
					parameters: {
						resource: 'image',
						operation: 'generate',
						model: { __rl: true, mode: 'id', value: 'gpt-image-2' },
						prompt: 'a lighthouse',
						binaryPropertyName: 'data',
						options: {},
					},
					credentials: { crazyrouterApi: { id: 'crazyrouterHostile1', name: 'Crazyrouter account' } },
				},
			],
			connections: { Start: { main: [[{ node: 'Image', type: 'main', index: 0 }]] } },
		};
		// The operator's own block list: n8n's egress filter must be consulted for links the core's rules let through.
		const result = await importAndExecute({ id: 'crazyrouterHostile1', apiKey: hostile.apiKey, baseUrl: hostile.url }, workflow, [], {
			N8N_SSRF_BLOCKED_HOSTNAMES: 'images.blocked.test',
		});
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const items = parseRunOutput(result.stdout).data.resultData.runData.Image?.[0]?.data?.main[0] ?? [];

		expect(hostile.state.internalHits).toEqual([]);
		expect(items.map((item) => item.binary?.data?.mimeType ?? null)).toEqual([null, null, null, null, null, null, null, null, 'image/png']);
		const reasons = items.map((item) => String(item.json.notDownloaded ?? ''));
		expect(reasons[0]).toBe('127.0.0.1 is a loopback address (this machine)');
		expect(reasons[1]).toMatch(/^169\.254\.169\.254 is a link-local address/);
		expect(reasons[2]).toMatch(/is a loopback address/);
		expect(reasons[3]).toMatch(/^after 1 redirect, 127\.0\.0\.1 is a loopback address/);
		expect(reasons[4]).toMatch(/^after 1 redirect, 169\.254\.169\.254 is a link-local address/);
		expect(reasons[5]).toMatch(/not a PNG, JPEG, GIF or WebP image/);
		expect(reasons[6]).toMatch(/over the 52428800-byte download limit/);
		expect(reasons[7]).toMatch(/^n8n's egress filter refused it/);
		expect(items[0]?.json.url).toBe(`${hostile.internalUrl}/secret.png`);
		// The server learns of the closed connection by its own event, which may come after the run has ended.
		await expect.poll(() => hostile.state.huge.closedEarly).toBe(true);
		expect(hostile.state.downloads.every((download) => download.authorization === undefined)).toBe(true);
	});
});
