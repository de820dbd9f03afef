import { type INode, type INodeType, type INodeTypes, Workflow } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { Crazyrouter } from './Crazyrouter.node';

const crazyrouter = new Crazyrouter();
const nodeTypes: INodeTypes = { getByName: () => crazyrouter as INodeType, getByNameAndVersion: () => crazyrouter as INodeType, getKnownTypes: () => ({}) };

/** The subtitle as n8n's editor shows it: the node's subtitle expression resolved for the node's parameters. */
function subtitle(parameters: INode['parameters']): unknown {
	const node: INode = { id: 'n', name: 'Crazyrouter', type: 'n8n-nodes-crazyrouter.crazyrouter', typeVersion: 1.1, position: [0, 0], parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, crazyrouter.description.subtitle ?? '', 'internal', {});
}

describe('the node’s subtitle', () => {
	// It showed the raw values: "complete: chat".
	it.each([
		[{ resource: 'chat', operation: 'complete' }, 'Message a Model'],
		[{ resource: 'embeddings', operation: 'embed' }, 'Embed Text'],
		[{ resource: 'image', operation: 'generate' }, 'Generate an Image'],
		[{ resource: 'model', operation: 'getAll' }, 'Get Many Models'],
	])('names %j as the editor does', (parameters, shown) => {
		expect(subtitle(parameters)).toBe(shown);
	});
});
