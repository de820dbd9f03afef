import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { type FieldLabeller, labelled } from './field-label';
import { errorJson, toNodeError } from './to-node-error';

/**
 * Runs `work` for one input item and returns its output items. A failure becomes an error item (when the
 * node continues on fail) or a node error naming the item; every output item is paired with its input. A refused
 * field is named with the label the user sees (`label`).
 */
export async function runForItem(
	context: IExecuteFunctions,
	itemIndex: number,
	work: () => Promise<INodeExecutionData[]>,
	label?: FieldLabeller,
): Promise<INodeExecutionData[]> {
	try {
		const outputs = await work();
		return outputs.map((output) => ({ ...output, pairedItem: { item: itemIndex } }));
	} catch (error) {
		return [failedItem(context, itemIndex, label ? labelled(error, label) : error)];
	}
}

/** The error item for `itemIndex`, or throws the matching node error when the node stops on failure. */
export function failedItem(context: IExecuteFunctions, itemIndex: number, error: unknown): INodeExecutionData {
	if (!context.continueOnFail()) throw toNodeError(context.getNode(), error, itemIndex);
	return { json: errorJson(error), pairedItem: { item: itemIndex } };
}
