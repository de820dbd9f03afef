import { type OperationDefinition, requestField } from '@crazyrouter/core';
import type { INodeProperties, INodePropertyOptions, INodePropertyTypeOptions, NodeParameterValue } from 'n8n-workflow';

/** The parts of one request field's JSON Schema that a node parameter is built from. */
export interface SchemaField {
	description: string;
	type: string | undefined;
	minimum: number | undefined;
	maximum: number | undefined;
	options: string[];
}

/**
 * Reads one request field of a core operation (description, limits, allowed values), so the node never
 * restates what the core defines. Throws at load time if the core renames the field, which a test catches.
 */
export function schemaField(operation: OperationDefinition, name: string): SchemaField {
	const field = requestField(operation, name);
	return { description: field.description, type: field.type, minimum: field.minimum, maximum: field.maximum, options: field.options ?? [] };
}

/** n8n number limits from the schema; integers get no decimals. */
export function numberTypeOptions(field: SchemaField): INodePropertyTypeOptions {
	const typeOptions: INodePropertyTypeOptions = {};
	if (field.minimum !== undefined) typeOptions.minValue = field.minimum;
	if (field.maximum !== undefined) typeOptions.maxValue = field.maximum;
	typeOptions.numberPrecision = field.type === 'integer' ? 0 : 2;
	return typeOptions;
}

/** n8n option list from the schema's enum, labelled with capitalised words. */
export function enumOptions(field: SchemaField): INodePropertyOptions[] {
	return field.options.map((value) => ({ name: label(value), value }));
}

function label(value: string): string {
	return value
		.split('_')
		.map((word, index) => (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
		.join(' ')
		.replace(/\bjson\b/i, 'JSON')
		.replace(/\bb64\b/i, 'Base64')
		.replace(/\burl\b/i, 'URL')
		.replace(/\bhd\b/i, 'HD');
}

/**
 * A node option built from one request field: its type, limits, allowed values and description all come
 * from the core. Only the label and the value shown when the user adds the option are the node's own.
 */
export function schemaOption(operation: OperationDefinition, name: string, displayName: string, initialValue: NodeParameterValue): INodeProperties {
	const field = schemaField(operation, name);
	const option = { displayName, name, default: initialValue, description: field.description };
	if (field.options.length > 0) return { ...option, type: 'options', options: enumOptions(field) };
	if (field.type === 'number' || field.type === 'integer') return { ...option, type: 'number', typeOptions: numberTypeOptions(field) };
	if (field.type === 'boolean') return { ...option, type: 'boolean' };
	return { ...option, type: 'string' };
}
