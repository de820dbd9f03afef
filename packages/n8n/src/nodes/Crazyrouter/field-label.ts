import { CrazyrouterError } from '@crazyrouter/core';
import type { INodeProperties } from 'n8n-workflow';

/** Names a request field (`messages[0].content`, `size`) as the user sees it in the node, or undefined. */
export type FieldLabeller = (field: string) => string | undefined;

/** The first name of a field path: `messages` of `messages[0].content`, `response_format` of `response_format.type`. */
export function topField(field: string): string {
	return /^[^.[]*/.exec(field)?.[0] ?? field;
}

/** The display name of the node parameter, or Options entry, called `name`. */
export function parameterLabel(properties: readonly INodeProperties[], name: string): string | undefined {
	for (const property of properties) {
		if (property.name === name) return property.displayName;
		for (const option of property.type === 'collection' ? (property.options ?? []) : []) {
			if ('displayName' in option && option.name === name) return option.displayName;
		}
	}
	return undefined;
}

// The core words every refusal as `Invalid <operation>.<field path>: <what is wrong>.` (validateRequest).
const CORE_REFUSAL = /^Invalid [\w.[\]-]+: ([\s\S]*)$/;

/**
 * A refusal of the core reworded with the label the user sees: "Invalid Size: use WIDTHxHEIGHT ..." instead of
 * "Invalid image_generation.size: ...". The field path stays in `field`, for support. Other errors pass unchanged.
 */
export function labelled(error: unknown, label: FieldLabeller): unknown {
	if (!CrazyrouterError.isInstance(error) || error.code !== 'invalid_input' || error.field === undefined) return error;
	const name = label(error.field);
	const detail = CORE_REFUSAL.exec(error.message)?.[1];
	if (name === undefined || detail === undefined) return error;
	return new CrazyrouterError({ ...error.toJSON(), message: `Invalid ${name}: ${detail}`, cause: error });
}
