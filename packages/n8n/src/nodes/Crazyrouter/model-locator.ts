import { modelKind, type ModelKind } from '@crazyrouter/core';
import type { IDisplayOptions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { createNodeClient } from './create-node-client';

/** The model kinds a picker offers: each resource lists only the models it can call. */
export type PickerKind = Extract<ModelKind, 'chat' | 'embedding' | 'image'>;

/** The `listSearch` method behind each kind's picker (methods.listSearch of the nodes that offer one). */
export const MODEL_SEARCH_METHODS = {
	chat: 'searchChatModels',
	embedding: 'searchEmbeddingModels',
	image: 'searchImageModels',
} as const satisfies Record<PickerKind, string>;

/**
 * A model picker: the list comes from the key's `GET /models` (only models it may call), filtered to the kind the
 * resource calls (the gateway's list does not say, so the core judges by name) and sorted; an ID mode accepts any
 * model id typed in, for models the list does not show or keys that cannot list.
 */
export function modelLocator(options: {
	name: string;
	kind: PickerKind;
	defaultModel: string;
	description: string;
	displayOptions?: IDisplayOptions;
}): INodeProperties {
	return {
		displayName: 'Model',
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: options.defaultModel },
		required: true,
		description: options.description,
		...(options.displayOptions ? { displayOptions: options.displayOptions } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a model...',
				typeOptions: { searchListMethod: MODEL_SEARCH_METHODS[options.kind], searchable: true },
			},
			{
				displayName: 'ID',
				name: 'id',
				type: 'string',
				placeholder: options.defaultModel,
			},
		],
	};
}

/** The key's models of one kind whose id contains what the user typed, sorted by id. */
async function searchModelsOfKind(context: ILoadOptionsFunctions, kind: PickerKind, filter: string | undefined): Promise<INodeListSearchResult> {
	const client = await createNodeClient(context);
	const { ids } = await client.listModels();
	const needle = filter?.trim().toLowerCase() ?? '';
	return {
		results: ids
			.filter((id) => modelKind(id) === kind && id.toLowerCase().includes(needle))
			.sort((a, b) => a.localeCompare(b))
			.map((id) => ({ name: id, value: id })),
	};
}

/** The `listSearch` methods of every picker kind, for a node's `methods.listSearch`. */
export const modelSearchMethods = {
	async searchChatModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModelsOfKind(this, 'chat', filter);
	},
	async searchEmbeddingModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModelsOfKind(this, 'embedding', filter);
	},
	async searchImageModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModelsOfKind(this, 'image', filter);
	},
} satisfies Record<(typeof MODEL_SEARCH_METHODS)[PickerKind], (this: ILoadOptionsFunctions, filter?: string) => Promise<INodeListSearchResult>>;
