import type { INodeProperties } from 'n8n-workflow';

/**
 * The node's subtitle on the canvas: the chosen operation by the name the editor shows ("Message a Model"), never the
 * raw values ("complete: chat"). An n8n expression, built from the operations' own options; "Get Many" (the name n8n's
 * conventions require) gets its resource ("Get Many Models").
 */
export function operationSubtitle(properties: readonly INodeProperties[]): string {
	const names: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		const resource = property.displayOptions?.show?.resource?.[0];
		for (const option of property.options ?? []) {
			if (!('value' in option) || typeof option.value !== 'string') continue;
			names[option.value] =
				option.name === 'Get Many' && typeof resource === 'string' ? `Get Many ${resource.charAt(0).toUpperCase()}${resource.slice(1)}s` : option.name;
		}
	}
	return `={{ ${JSON.stringify(names)}[$parameter["operation"]] }}`;
}
