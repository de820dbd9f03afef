import { IMAGE_FAMILIES, imageGenerationOperation } from '@crazyrouter/core';
import type { INodePropertyOptions } from 'n8n-workflow';

import { enumOptions, schemaField } from './schema-field';

/** The families (by label) whose list holds `value`. */
function familiesWith(value: string, list: (family: (typeof IMAGE_FAMILIES)[number]) => readonly string[] | undefined): string[] {
	return IMAGE_FAMILIES.filter((family) => list(family)?.includes(value)).map((family) => family.label);
}

const named = (option: INodePropertyOptions, families: string[]): INodePropertyOptions => ({
	...option,
	name: families.length > 0 ? `${option.name} (${families.join(', ')})` : option.name,
});

/**
 * Quality choices labelled with the model families that take each (core's image families): "HD (DALL-E 3)" next
 * to "High (GPT Image 2, GPT Image 1)", so a DALL-E value is not picked for a GPT image model by mistake. The core
 * refuses a mismatch before sending anyway.
 */
export function qualityChoices(): INodePropertyOptions[] {
	return enumOptions(schemaField(imageGenerationOperation, 'quality')).map((option) =>
		named(
			option,
			familiesWith(String(option.value), (family) => family.qualities),
		),
	);
}

/** Every size some family offers, labelled with the families that take it; other sizes go in as an expression. */
export function sizeChoices(): INodePropertyOptions[] {
	const sizes = [...new Set(IMAGE_FAMILIES.flatMap((family) => family.sizes))];
	return sizes.map((size) =>
		named(
			{ name: size === 'auto' ? 'Auto' : size, value: size },
			familiesWith(size, (family) => family.sizes),
		),
	);
}
