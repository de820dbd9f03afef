import { NodeOperationError } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { pickedModel, runCrazyrouter } from '../../testing/run-crazyrouter';
import { useDevGateway } from '../../testing/use-dev-gateway';
import { chatProperties } from './chat-properties';

const gateway = useDevGateway();

const chat = (extra: Record<string, unknown>) => ({
	resource: 'chat',
	model: pickedModel('gpt-5.4'),
	inputMode: 'prompt',
	prompt: 'Hi',
	systemPrompt: '',
	options: {},
	...extra,
});
const sent = () => gateway().requests[0]?.body as Record<string, unknown> | undefined;
/** The error a run fails with; a run that succeeds fails the test. */
async function failure(parameters: Record<string, unknown>): Promise<NodeOperationError> {
	const outcome = await runCrazyrouter(gateway(), { parameters }).result.then(
		() => undefined,
		(error: unknown) => error as NodeOperationError,
	);
	if (!outcome) throw new Error('the run succeeded');
	return outcome;
}

describe('Stop Sequences', () => {
	// The editor stores the option added with its row left empty as [[]]; sent, it failed every run.
	it('sends no stop sequence for rows left empty', async () => {
		await runCrazyrouter(gateway(), { parameters: chat({ options: { stop: [[]] } }) }).result;
		expect(sent()).not.toHaveProperty('stop');
		await runCrazyrouter(gateway(), { parameters: chat({ options: { stop: ['', 'END'] } }) }).result;
		expect(gateway().requests[1]?.body).toMatchObject({ stop: ['END'] });
	});
});

describe('JSON Schema', () => {
	const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };

	it('asks for a json_schema reply, from a bare schema or OpenAI’s {name, schema, strict}', async () => {
		await runCrazyrouter(gateway(), { parameters: chat({ options: { jsonSchema: JSON.stringify({ title: 'Short answer', ...schema }) } }) }).result;
		expect(sent()?.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'Short_answer', schema: { title: 'Short answer', ...schema } } });
		await runCrazyrouter(gateway(), { parameters: chat({ options: { jsonSchema: JSON.stringify({ name: 'answer', schema, strict: true }) } }) }).result;
		expect(gateway().requests[1]?.body).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } } });
	});

	it('parses a JSON reply into `parsed`', async () => {
		const [output] = await runCrazyrouter(gateway(), { parameters: chat({ prompt: 'yes', options: { jsonSchema: JSON.stringify(schema) } }) }).result;
		expect(output?.[0]?.json).toMatchObject({ text: '{"answer":"yes"}', parsed: { answer: 'yes' } });
		const [jsonOutput] = await runCrazyrouter(gateway(), { parameters: chat({ prompt: 'x', options: { jsonMode: true } }) }).result;
		expect(jsonOutput?.[0]?.json.parsed).toEqual({ echo: 'x' });
		const [textOutput] = await runCrazyrouter(gateway(), { parameters: chat({ prompt: '{"a": 1}' }) }).result;
		expect(textOutput?.[0]?.json).not.toHaveProperty('parsed');
	});

	it('refuses before sending: invalid JSON, a schema that describes nothing, and JSON Mode beside it', async () => {
		expect((await failure(chat({ options: { jsonSchema: '{"type": "object",' } }))).message).toMatch(/^JSON Schema is not valid JSON/);
		const unusable = await failure(chat({ options: { jsonSchema: '{"type": "object", "properties": {"answer": "string"}}' } }));
		expect(unusable).toBeInstanceOf(NodeOperationError);
		expect(unusable.message).toBe('Invalid JSON Schema (at properties.answer): each property is described by a schema object.');
		expect((await failure(chat({ options: { jsonMode: true, jsonSchema: JSON.stringify(schema) } }))).message).toBe('Set JSON Mode or JSON Schema, not both.');
		expect(gateway().requests).toHaveLength(0);
	});
});

describe('Message List', () => {
	it('sends the rows as the conversation, after the system prompt', async () => {
		const rows = [
			{ role: 'user', content: 'Hello' },
			{ role: 'assistant', content: 'Hi! How can I help?' },
			{ role: 'user', content: 'Tell a joke' },
		];
		await runCrazyrouter(gateway(), { parameters: chat({ inputMode: 'messageList', systemPrompt: 'Be brief.', messageList: { messages: rows } }) }).result;
		expect(sent()?.messages).toEqual([{ role: 'system', content: 'Be brief.' }, ...rows]);
	});
});

// Errors named the request's internal paths (chat_completions.messages[0].content); they name what the user sees.
describe('a refused field is named by its label', () => {
	it.each([
		[chat({ options: { temperature: 5 } }), /^Invalid Temperature: /],
		[chat({ inputMode: 'messages', systemPrompt: 'Be brief.', messages: '[{"role": "user", "content": []}]' }), /^Invalid Messages, message 1: /],
		[chat({ inputMode: 'messageList', messageList: { messages: [{ role: 'assistant', content: [] }] } }), /^Invalid Messages, message 1: /],
		[
			{ resource: 'image', imageModel: pickedModel('gpt-image-2'), prompt: 'a cat', binaryPropertyName: 'data', options: { size: '99999x99999' } },
			/^Invalid Size: /,
		],
		[
			{ resource: 'image', imageModel: pickedModel('gpt-image-2'), prompt: 'a cat', binaryPropertyName: 'data', options: { quality: 'hd' } },
			/^Invalid Quality: gpt-image-2 \(GPT Image 2\) takes quality auto, low, medium or high, not hd\.$/,
		],
		[{ resource: 'embeddings', embeddingModel: pickedModel('text-embedding-ada-002'), text: 'a', options: { dimensions: 256 } }, /^Invalid Dimensions: /],
	])('%#', async (parameters, message) => {
		const error = await failure(parameters);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toMatch(message);
		expect(error.message).not.toMatch(/chat_completions|image_generation|embeddings\./);
		expect(error.description).toMatch(/field \S+/);
		expect(gateway().requests).toHaveLength(0);
	});
});

// Both "Maximum Tokens" and "Maximum Completion Tokens" could be set, and both were sent.
describe('the reply limit', () => {
	it('is offered once, as Maximum Tokens', () => {
		const options = chatProperties.find((property) => property.name === 'options')?.options ?? [];
		const names = options.map((option) => ('displayName' in option ? option.displayName : ''));
		expect(names).toContain('Maximum Tokens');
		expect(names).not.toContain('Maximum Completion Tokens');
	});

	it('goes out once when a saved workflow set both, and a saved completion limit alone is kept', async () => {
		await runCrazyrouter(gateway(), { parameters: chat({ model: pickedModel('claude-sonnet-4-6'), options: { max_tokens: 100, max_completion_tokens: 300 } }) })
			.result;
		await runCrazyrouter(gateway(), { parameters: chat({ options: { max_completion_tokens: 300 } }) }).result;
		const [both, alone] = gateway().requests.map((request) => request.body as Record<string, unknown>);
		expect([both?.max_tokens, both?.max_completion_tokens]).toEqual([100, undefined]);
		expect(alone?.max_completion_tokens).toBe(300);
	});
});
