/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console --
   End-to-end test tooling (the example workflow file, progress lines); it never ships. */
/**
 * The Crazyrouter Chat Model as an AI Agent's model in a real headless n8n: the example workflow
 * (examples/n8n/crazyrouter-chat-model-agent-workflow.json, AI Agent 3.1) runs against the dev gateway, which answers
 * the first turn with a call of the Crazyrouter tool; the tool's result goes back and the model answers. Every request
 * the Agent makes through the sub-node must be one the gateway's contract accepts (it answers 400 otherwise), so the
 * round trip passing is the proof. A rejected key must surface the core's fix hint, without the key.
 */
import { credentialFingerprint, type DevGateway, startDevGateway } from '@crazyrouter/dev-gateway';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TOOL_DESCRIPTIONS } from '../nodes/Crazyrouter/tool-description';
import { crazyrouterCredential } from './example-workflow';
import { N8N_VERSION } from './install-n8n';
import { prepareRealN8n, type RealN8n } from './prepare-real-n8n';
import { importAndExecute, parseRunOutput } from './run-n8n';

const agentWorkflow = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'n8n', 'crazyrouter-chat-model-agent-workflow.json');
const EXEC_TIMEOUT_MS = 180_000;

let gateway: DevGateway;
let n8n: RealN8n;

beforeAll(async () => {
	gateway = await startDevGateway({ port: 0 });
	n8n = await prepareRealN8n('agent');
}, 25 * 60_000);

afterAll(async () => {
	await gateway?.close();
	n8n?.remove();
});

/** The example with its credential pointed at `credentialId`, as workflow `id`. */
function agentExample(credentialId: string, id: string): Record<string, unknown> {
	const workflow = JSON.parse(readFileSync(agentWorkflow, 'utf8')) as { nodes: Array<{ credentials?: Record<string, { id: string }> }> };
	for (const node of workflow.nodes) if (node.credentials?.crazyrouterApi) node.credentials.crazyrouterApi.id = credentialId;
	return { ...workflow, id };
}

async function run(credential: { id: string; apiKey: string }, workflowId: string) {
	const result = await importAndExecute({
		env: n8n.env,
		userFolder: n8n.userFolder,
		credentials: [crazyrouterCredential({ ...credential, baseUrl: gateway.url })],
		workflow: agentExample(credential.id, workflowId),
		timeoutMs: EXEC_TIMEOUT_MS,
	});
	console.log(`[real-n8n] execute ${workflowId}: exit ${result.code} in ${Math.round(result.ms / 1000)} s`);
	return result;
}

type ChatBody = {
	model: string;
	tools?: Array<{ function: { name: string; description?: string } }>;
	messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[] }>;
};

describe(`an AI Agent on the Crazyrouter Chat Model, in real n8n ${N8N_VERSION}`, () => {
	it('completes a run with a tool call and its result', { timeout: 10 * 60_000 }, async () => {
		gateway.clearRequests();
		const result = await run({ id: 'crazyrouterAgentCredential1', apiKey: gateway.apiKey }, 'crazyrouterChatModelAgent1');
		expect(result.code, result.stdout.slice(-4000) + result.stderr.slice(-4000)).toBe(0);
		const { runData } = parseRunOutput(result.stdout).data.resultData;

		const chats = gateway.requests.filter((request) => request.path === '/v1/chat/completions');
		const bodies = chats.map((request) => request.body as ChatBody);
		expect(bodies.length).toBeGreaterThanOrEqual(2);
		// Every call went through the sub-node: the core's canonical request, with n8n's credential on it.
		expect(new Set(chats.map((request) => request.headers.authorization))).toEqual(new Set([credentialFingerprint(`Bearer ${gateway.apiKey}`)]));
		expect(bodies.every((body) => body.model === 'gpt-5.4' && (body as Record<string, unknown>).max_completion_tokens === 2048)).toBe(true);
		// The model was offered the tool with its description, called it, and got its result back.
		const tool = bodies[0]?.tools?.find((candidate) => candidate.function.name === 'Crazyrouter_models');
		expect(tool?.function.description).toBe(TOOL_DESCRIPTIONS.model);
		const last = bodies.at(-1);
		const call = last?.messages.find((message) => message.role === 'assistant' && message.tool_calls);
		expect(call?.content ?? null).toBeNull();
		expect(String(last?.messages.find((message) => message.role === 'tool')?.content)).toContain('gpt-5.4');
		expect(gateway.requests.some((request) => request.method === 'GET' && request.path === '/v1/models')).toBe(true);

		expect(runData['Crazyrouter Chat Model']?.length).toBeGreaterThanOrEqual(2);
		expect(runData['Crazyrouter models']?.[0]?.error).toBeUndefined();
		const answer = runData['AI Agent']?.[0]?.data?.main[0]?.[0]?.json.output;
		expect(answer).toBe('Echo: Which models may this key call? Use the tool Crazyrouter_models.');
	});

	it('fails with the core’s fix hint, and without the key, when the key is rejected', { timeout: 10 * 60_000 }, async () => {
		const rejected = 'sk-e2e-agent-not-a-real-one-24680';
		const result = await run({ id: 'crazyrouterAgentCredential2', apiKey: rejected }, 'crazyrouterChatModelAgent2');
		const output = result.stdout + result.stderr;
		expect(result.code).not.toBe(0);
		expect(output).toMatch(/The API key was rejected/);
		expect(output).not.toContain(rejected);
	});
});
