import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { createNodeClient } from './create-node-client';

/**
 * A model picker: the list comes from the key's `GET /models` (only models it may call), and an ID mode
 * accepts any model id typed in, for models the list does not show or keys that cannot list.
 */
export function modelLocator(options: { defaultModel: string; description: string; show: Record<string, string[]> }): INodeProperties {
	return {
		displayName: 'Model',
		name: 'model',
		type: 'resourceLocator',
		default: { mode: 'list', value: options.defaultModel },
		required: true,
		description: options.description,
		displayOptions: { show: options.show },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a model...',
				typeOptions: { searchListMethod: 'searchModels', searchable: true },
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

/** `listSearch` method behind the picker: the key's models, filtered by what the user typed. */
export async function searchModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const client = await createNodeClient(this);
	const { ids } = await client.listModels();
	const needle = filter?.trim().toLowerCase() ?? '';
	return {
		results: ids.filter((id) => id.toLowerCase().includes(needle)).map((id) => ({ name: id, value: id })),
	};
}
