import type { CrazyrouterClient, ModelsResult } from '@crazyrouter/core';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runForItem } from './item-results';

const show = { resource: ['model'] };

export const modelProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many models',
				description: 'List the models this key may call',
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: { show },
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		description: 'Max number of results to return',
		displayOptions: { show: { ...show, returnAll: [false] } },
	},
	{
		displayName: 'Filter',
		name: 'filter',
		type: 'string',
		default: '',
		placeholder: 'e.g. claude',
		description: 'Only models whose ID contains this text (case-insensitive)',
		displayOptions: { show },
	},
];

/** The model list is fetched once per execution and filtered per item. */
export async function executeModel(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	let listing: Promise<ModelsResult> | undefined;
	const results: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		results.push(
			...(await runForItem(this, itemIndex, async () => {
				listing ??= client.listModels({ signal: this.getExecutionCancelSignal?.() });
				const { response } = await listing;
				const filter = (this.getNodeParameter('filter', itemIndex, '') as string).trim().toLowerCase();
				const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
				const limit = returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
				return response.data
					.filter((model) => model.id.toLowerCase().includes(filter))
					.sort((a, b) => a.id.localeCompare(b.id))
					.slice(0, limit)
					.map((model) => ({ json: { id: model.id, ownedBy: model.owned_by ?? null } }));
			})),
		);
	}
	return results;
}
