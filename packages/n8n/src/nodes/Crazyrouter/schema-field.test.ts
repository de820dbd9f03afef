import { chatCompletionsOperation, embeddingsOperation, imageGenerationOperation, MAX_EMBEDDING_INPUTS_PER_REQUEST } from '@crazyrouter/core';
import type { INodeProperties } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { chatProperties } from './chat-properties';
import { embeddingsProperties } from './embeddings';
import { numberTypeOptions, schemaField } from './schema-field';

const option = (properties: INodeProperties[], name: string) =>
	properties.find((property) => property.name === 'options')?.options?.find((entry) => 'name' in entry && entry.name === name) as INodeProperties;

describe('node parameters come from the core’s request schemas', () => {
	it('reads limits, descriptions and enums', () => {
		expect(schemaField(chatCompletionsOperation, 'temperature')).toMatchObject({ type: 'number', minimum: 0, maximum: 2 });
		expect(schemaField(chatCompletionsOperation, 'reasoning_effort').options).toEqual(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']);
		expect(numberTypeOptions(schemaField(imageGenerationOperation, 'n'))).toEqual({ minValue: 1, maxValue: 10, numberPrecision: 0 });
		expect(() => schemaField(embeddingsOperation, 'no_such_field')).toThrow(/no request field/);
	});

	it('puts them on the node’s parameters', () => {
		const temperature = option(chatProperties, 'temperature');
		expect(temperature.typeOptions).toMatchObject({ minValue: 0, maxValue: 2 });
		expect(temperature.description).toBe(schemaField(chatCompletionsOperation, 'temperature').description);
		expect(option(embeddingsProperties, 'dimensions').typeOptions).toMatchObject({ minValue: 1, maxValue: 3072 });
		expect(embeddingsProperties.find((property) => property.name === 'text')?.description).toContain(String(MAX_EMBEDDING_INPUTS_PER_REQUEST));
	});
});
