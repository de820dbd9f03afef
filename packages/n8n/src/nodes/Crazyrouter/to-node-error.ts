import { CrazyrouterError, formatErrorFacts } from '@crazyrouter/core';
import { type INode, type JsonObject, NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What a failed item carries when the node continues on fail: enough for support, never the key. */
export function errorJson(error: unknown): JsonObject {
	if (CrazyrouterError.isInstance(error)) {
		const json: JsonObject = { error: error.message, code: error.code, hint: error.hint };
		if (error.status !== undefined) json.status = error.status;
		if (error.requestId !== undefined) json.requestId = error.requestId;
		if (error.field !== undefined) json.field = error.field;
		return json;
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		return { error: error.message, ...(error.description ? { hint: error.description } : {}) };
	}
	return { error: error instanceof Error ? error.message : String(error) };
}

/**
 * Turns a core error into the n8n error type the UI renders best: invalid input (nothing was sent) is a
 * NodeOperationError, anything the gateway or network caused is a NodeApiError with the HTTP status. The
 * message is the core's (the key is already redacted), the description leads with the fix hint and ends
 * with the code, the refused field's path and the request id support asks for.
 */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (!CrazyrouterError.isInstance(error)) {
		return new NodeOperationError(node, error instanceof Error ? error : String(error), { itemIndex });
	}
	const description = `${error.hint} (${formatErrorFacts(error)})`;
	if (error.code === 'invalid_input') {
		return new NodeOperationError(node, error.message, { description, itemIndex });
	}
	const details: JsonObject = { message: error.message, code: error.code, hint: error.hint };
	if (error.status !== undefined) details.status = error.status;
	if (error.requestId !== undefined) details.requestId = error.requestId;
	return new NodeApiError(node, details, {
		message: error.message,
		description,
		itemIndex,
		...(error.status !== undefined ? { httpCode: String(error.status) } : {}),
	});
}
