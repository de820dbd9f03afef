import { describe, expect, it } from 'vitest';

import { qualityChoices, sizeChoices } from './image-choices';

describe('image options', () => {
	// Quality mixed DALL-E's standard/hd with GPT image's low/medium/high, and Size was free text.
	it('names the model families each quality belongs to', () => {
		expect(qualityChoices().map((choice) => choice.name)).toEqual([
			'Auto (GPT Image 2, GPT Image 1)',
			'Low (GPT Image 2, GPT Image 1)',
			'Medium (GPT Image 2, GPT Image 1)',
			'High (GPT Image 2, GPT Image 1)',
			'Standard (DALL-E 3, DALL-E 2)',
			'HD (DALL-E 3)',
		]);
	});

	it('offers the sizes the families take, each with its families', () => {
		const sizes = Object.fromEntries(sizeChoices().map((choice) => [choice.value, choice.name]));
		expect(sizes['1024x1024']).toBe('1024x1024 (GPT Image 2, GPT Image 1, DALL-E 3, DALL-E 2)');
		expect(sizes['1792x1024']).toBe('1792x1024 (DALL-E 3)');
		expect(sizes['1328x1328']).toBe('1328x1328 (Qwen Image)');
		expect(sizes.auto).toBe('Auto (GPT Image 2, GPT Image 1)');
	});
});
