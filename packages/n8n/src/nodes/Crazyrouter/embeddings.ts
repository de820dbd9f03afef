import { type CrazyrouterClient, DEFAULT_EMBEDDING_MODEL, embeddingsOperation, MAX_EMBEDDING_INPUTS_PER_REQUEST } from '@crazyrouter/core';
import { type IDataObject, type IExecuteFunctions, type INodeExecutionData, type INodeProperties, NodeOperationError } from 'n8n-workflow';

import { labelled, parameterLabel, topField } from './field-label';
import { failedItem } from './item-results';
import { readModel, versionedModelLocators } from './model-parameter';
import { schemaField, schemaOption } from './schema-field';

const field = (name: string) => schemaField(embeddingsOperation, name);
const show = { resource: ['embeddings'] };

export const embeddingsProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Embed Text',
				value: 'embed',
				action: 'Embed text as vectors',
				description: "Turn each item's text into a vector, all items in a few batched requests",
			},
		],
		default: 'embed',
	},
	...versionedModelLocators({ resource: 'embeddings', kind: 'embedding', defaultModel: DEFAULT_EMBEDDING_MODEL, description: field('model').description }),
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.text }}',
		description: `The text to embed for this item. Items are sent together, up to ${MAX_EMBEDDING_INPUTS_PER_REQUEST} per request, and each gets its own vector.`,
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			// No "Encoding Format": the wire encoding changes nothing the user sees (vectors come out as numbers either
			// way), so the node always asks for base64, a quarter of the bytes, and decodes it.
			schemaOption(embeddingsOperation, 'dimensions', 'Dimensions', 256),
		],
	},
];

/** Names the request's fields as the Embedding resource shows them: `input` is each item's Text. */
const embeddingsLabel = (field: string) => (topField(field) === 'input' ? 'Text' : parameterLabel(embeddingsProperties, topField(field)));

interface EmbeddingBatch {
	model: string;
	options: IDataObject;
	itemIndexes: number[];
	texts: string[];
}

/**
 * Items that share a model and options become one list, embedded by a single core `embed` call, which splits
 * it into requests of at most the gateway's limit and keeps the order. A generic HTTP node would send one
 * request per item; this sends a handful for thousands of items.
 */
function groupItems(context: IExecuteFunctions, items: INodeExecutionData[], results: INodeExecutionData[][]): EmbeddingBatch[] {
	const batches = new Map<string, EmbeddingBatch>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const model = readModel(context, 'embeddings', itemIndex);
			const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const text = context.getNodeParameter('text', itemIndex, '') as unknown;
			if (typeof text !== 'string' || text === '') {
				throw new NodeOperationError(context.getNode(), 'The text to embed is empty.', {
					itemIndex,
					description: 'Set Text to a non-empty string, for example {{ $json.text }}, or filter out empty items first.',
				});
			}
			const key = JSON.stringify([model, options.dimensions ?? null]);
			let batch = batches.get(key);
			if (!batch) {
				batch = { model, options, itemIndexes: [], texts: [] };
				batches.set(key, batch);
			}
			batch.itemIndexes.push(itemIndex);
			batch.texts.push(text);
		} catch (error) {
			results[itemIndex] = [failedItem(context, itemIndex, labelled(error, embeddingsLabel))];
		}
	}
	return [...batches.values()];
}

export async function executeEmbeddings(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[][] = items.map(() => []);
	for (const batch of groupItems(this, items, results)) {
		try {
			const answer = await client.embed(
				{
					model: batch.model,
					input: batch.texts,
					dimensions: batch.options.dimensions as number | undefined,
				},
				{ signal: this.getExecutionCancelSignal?.() },
			);
			batch.itemIndexes.forEach((itemIndex, position) => {
				const vector = answer.embeddings[position] ?? new Float32Array();
				results[itemIndex] = [
					{
						// The text goes along: a vector store or a later node needs it beside its vector.
						json: { text: batch.texts[position] ?? '', embedding: Array.from(vector), dimensions: vector.length, model: answer.model ?? batch.model },
						pairedItem: { item: itemIndex },
					},
				];
			});
		} catch (error) {
			// One failed request fails its whole batch: every item in it gets the same error.
			for (const itemIndex of batch.itemIndexes) results[itemIndex] = [failedItem(this, itemIndex, labelled(error, embeddingsLabel))];
		}
	}
	return results.flat();
}
