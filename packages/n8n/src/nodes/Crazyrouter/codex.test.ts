import { describe, expect, it } from 'vitest';

import { name as packageName } from '../../../package.json';
import codex from './Crazyrouter.node.json' with { type: 'json' };
import { Crazyrouter } from './Crazyrouter.node';

/**
 * n8n's node panel finds a node by its display name and its codex aliases (the editor's search runs over
 * `displayName` and `codex.alias`), and lists it under the codex categories. Searching "image", "embedding",
 * "chat model", "gpt", "claude" or "llm" found nothing. That n8n loads this file with the node is checked in a real
 * n8n (e2e/real-n8n.test.ts).
 */
describe('the node’s codex', () => {
	const { displayName, name } = new Crazyrouter().description;

	it('names the node n8n loads it for', () => {
		expect(codex.node).toBe(`${packageName}.${name}`);
	});

	it('puts the node in the AI category', () => {
		expect(codex.categories).toContain('AI');
	});

	it.each(['image', 'embedding', 'chat model', 'gpt', 'claude', 'llm', 'gemini', 'openai'])('is found when searching for "%s"', (term) => {
		const names = [displayName, ...codex.alias].map((text) => text.toLowerCase());
		expect(names.some((text) => text.includes(term))).toBe(true);
	});
});
