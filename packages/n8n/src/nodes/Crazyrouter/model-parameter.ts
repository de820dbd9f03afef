import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { modelLocator, type PickerKind } from './model-locator';
import { CURRENT_VERSION } from './node-version';

/** The node's resources that call a model, and the parameter holding it from version 1.1 on. */
export const MODEL_PARAMETERS = { chat: 'model', embeddings: 'embeddingModel', image: 'imageModel' } as const;

export type ModelResource = keyof typeof MODEL_PARAMETERS;

/**
 * Version 1 kept every resource's model in one `model` parameter, so n8n's editor carried the chat model over when
 * the user switched to Embedding (and the embedding ran with a chat model). From 1.1 each resource has its own
 * parameter, which n8n fills with that resource's default; workflows saved with version 1 keep `model`.
 */
export function modelParameterName(resource: ModelResource, typeVersion: number): string {
	return typeVersion >= CURRENT_VERSION ? MODEL_PARAMETERS[resource] : 'model';
}

/** The model id an item asks for, from the parameter of its node's version. */
export function readModel(context: IExecuteFunctions, resource: ModelResource, itemIndex: number): string {
	const name = modelParameterName(resource, context.getNode().typeVersion);
	return context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as string;
}

/** The resource's model picker for every node version: `model` in version 1, its own parameter from 1.1. */
export function versionedModelLocators(options: { resource: ModelResource; kind: PickerKind; defaultModel: string; description: string }): INodeProperties[] {
	const show = { resource: [options.resource] };
	const name = MODEL_PARAMETERS[options.resource];
	const base = { kind: options.kind, defaultModel: options.defaultModel, description: options.description };
	if (name === 'model') return [modelLocator({ ...base, name, displayOptions: { show } })];
	return [
		modelLocator({ ...base, name: 'model', displayOptions: { show: { ...show, '@version': [1] } } }),
		modelLocator({ ...base, name, displayOptions: { show: { ...show, '@version': [{ _cnd: { gte: CURRENT_VERSION } }] } } }),
	];
}
