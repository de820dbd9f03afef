import { FIX_HINTS } from '@crazyrouter/core';
import { NodeApiError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { createMockContext } from '../../testing/mock-execute-context';
import { pickedModel } from '../../testing/run-crazyrouter';
import { useDevGateway } from '../../testing/use-dev-gateway';
import { LmChatCrazyrouter } from './LmChatCrazyrouter.node';

const gateway = useDevGateway();

/**
 * The LangChain model n8n's AI SDK hands an Agent for this node: supplyData as n8n calls it, then the SDK's own
 * adapter (supplyModel) around our model. What the Agent does with it is shown in a real n8n (e2e/real-n8n-agent.test.ts).
 */
async function supplied(options: Record<string, unknown> = {}, model = 'gpt-5.4', apiKey = gateway().apiKey) {
	const mock = createMockContext({ credentials: { apiKey, region: 'custom', baseUrl: gateway().url }, parameters: { model: pickedModel(model), options } });
	const { response } = await new LmChatCrazyrouter().supplyData.call(mock.context, 0);
	// The SDK's adapter is a LangChain chat model; only what the tests call is typed here.
	const chatModel = response as {
		invoke(
			input: unknown,
		): Promise<{ content: unknown; text: string; tool_calls?: Array<{ id?: string; name: string; args: unknown }>; usage_metadata?: unknown }>;
		stream(input: unknown): Promise<AsyncIterable<{ text: string }>>;
		bindTools(tools: unknown[]): typeof chatModel;
	};
	return { chatModel, mock };
}

const chatBodies = () =>
	gateway()
		.requests.filter((request) => request.path === '/v1/chat/completions')
		.map((request) => request.body as Record<string, unknown>);

const weather = {
	type: 'function',
	function: {
		name: 'get_weather',
		description: 'Weather of a city',
		parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
	},
};

describe('Crazyrouter Chat Model, through the n8n AI SDK', () => {
	it('answers, sending the core’s canonical request', async () => {
		const { chatModel, mock } = await supplied();
		const answer = await chatModel.invoke('Reply only OK');
		expect(answer.text).toBe('OK');
		expect(answer.usage_metadata).toMatchObject({ input_tokens: expect.any(Number), output_tokens: expect.any(Number) });
		expect(chatBodies()).toEqual([{ model: 'gpt-5.4', messages: [{ role: 'user', content: 'Reply only OK' }] }]);
		expect(mock.authenticatedRequests).toHaveLength(1);
		expect(mock.aiRunData.map((entry) => entry.kind)).toEqual(['input', 'output']);
	});

	it('sends the options on every request, as the core shapes them for the model', async () => {
		const { chatModel } = await supplied({ max_tokens: 256, temperature: 0.2, reasoning_effort: 'low' });
		await chatModel.invoke('hi');
		// gpt-5.4 is a reasoning model: its limit goes out as max_completion_tokens and the temperature is left out.
		expect(chatBodies()[0]).toEqual({ model: 'gpt-5.4', messages: [{ role: 'user', content: 'hi' }], max_completion_tokens: 256, reasoning_effort: 'low' });
		const claude = await supplied({ max_tokens: 256, temperature: 0.2 }, 'claude-sonnet-4-6');
		await claude.chatModel.invoke('hi');
		expect(chatBodies()[1]).toMatchObject({ model: 'claude-sonnet-4-6', max_tokens: 256, temperature: 0.2 });
	});

	it('asks for structured output with a JSON Schema, and gets JSON back', async () => {
		const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
		const { chatModel } = await supplied({ jsonSchema: JSON.stringify({ name: 'reply', schema, strict: true }) });
		const answer = await chatModel.invoke('yes');
		expect(JSON.parse(answer.text)).toEqual({ answer: 'yes' });
		expect(chatBodies()[0]?.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'reply', schema, strict: true } });
	});

	it('calls the Agent’s tools and takes their results back', async () => {
		const { chatModel } = await supplied();
		const withTools = chatModel.bindTools([weather]);
		const call = await withTools.invoke('What is the weather in Paris? Use the tool.');
		expect(call.tool_calls?.map((toolCall) => toolCall.name)).toEqual(['get_weather']);
		const id = call.tool_calls?.[0]?.id ?? '';
		const answer = await withTools.invoke([
			{ role: 'user', content: 'What is the weather in Paris? Use the tool.' },
			{ role: 'assistant', content: '', tool_calls: [{ id, name: 'get_weather', args: {} }] },
			{ role: 'tool', content: 'Sunny, 21 °C', tool_call_id: id },
		]);
		expect(answer.text).toBe('Echo: What is the weather in Paris? Use the tool.');
		const [first, second] = chatBodies();
		expect(first?.tools).toEqual([weather]);
		// The tool-calling turn goes back with content null and its calls: never an empty list of parts.
		expect(second?.messages).toEqual([
			{ role: 'user', content: 'What is the weather in Paris? Use the tool.' },
			{ role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
			{ role: 'tool', tool_call_id: id, content: 'Sunny, 21 °C' },
		]);
	});

	it('streams the answer, with usage at the end', async () => {
		const { chatModel } = await supplied({}, 'claude-sonnet-4-6');
		let text = '';
		for await (const chunk of await chatModel.stream('hello there')) text += chunk.text;
		expect(text).toBe('Echo: hello there');
		expect(chatBodies()[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
	});

	it('fails with the core’s fix hint, never the key', async () => {
		const rejected = 'sk-not-a-real-one-123456';
		const { chatModel } = await supplied({}, 'gpt-5.4', rejected);
		const error = (await chatModel.invoke('hi').catch((thrown: unknown) => thrown)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.description).toContain(FIX_HINTS.auth);
		expect(JSON.stringify({ message: error.message, description: error.description })).not.toContain(rejected);
	});

	it('offers the key’s chat models in its picker and tests the credential as the Crazyrouter node does', async () => {
		const node = new LmChatCrazyrouter();
		const mock = createMockContext({ credentials: { apiKey: gateway().apiKey, region: 'custom', baseUrl: gateway().url }, parameters: {} });
		const { results } = await node.methods.listSearch.searchChatModels.call(mock.context);
		expect(results.map((result) => result.value)).toEqual(['claude-sonnet-4-6', 'gemini-3-pro-preview', 'gpt-5.4']);
		expect(node.description.credentials).toEqual([{ name: 'crazyrouterApi', required: true, testedBy: 'crazyrouterApiTest' }]);
		expect(Object.keys(node.methods.credentialTest)).toEqual(['crazyrouterApiTest']);
	});
});

describe('Crazyrouter Chat Model on the canvas', () => {
	it('shows the model it uses under its name', async () => {
		const { Workflow } = await import('n8n-workflow');
		const node = new LmChatCrazyrouter();
		const parameters = { model: pickedModel('claude-sonnet-4-6'), options: {} };
		const instance = {
			id: 'm',
			name: 'Crazyrouter Chat Model',
			type: 'n8n-nodes-crazyrouter.lmChatCrazyrouter',
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters,
		};
		const nodeTypes = { getByName: () => node, getByNameAndVersion: () => node, getKnownTypes: () => ({}) };
		const workflow = new Workflow({ nodes: [instance], connections: {}, active: false, nodeTypes });
		expect(workflow.expression.getSimpleParameterValue(instance, node.description.subtitle ?? '', 'internal', {})).toBe('claude-sonnet-4-6');
	});
});
