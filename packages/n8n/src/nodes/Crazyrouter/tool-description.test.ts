import { type INode, type INodeType, type INodeTypes, NodeHelpers, Workflow } from 'n8n-workflow';
import { describe, expect, it } from 'vitest';

import { Crazyrouter } from './Crazyrouter.node';
import { CURRENT_VERSION } from './node-version';
import { TOOL_DESCRIPTIONS } from './tool-description';

const crazyrouter = new Crazyrouter() as INodeType;
const toolType = { ...crazyrouter, description: { ...crazyrouter.description, name: 'crazyrouterTool' } } as INodeType;
const nodeTypes: INodeTypes = { getByName: () => toolType, getByNameAndVersion: () => toolType, getKnownTypes: () => ({}) };

/**
 * What an AI Agent's model reads about the node as a tool: the parameters n8n's editor stores for a newly added
 * "Crazyrouter Tool" (its defaults), resolved the way n8n-core's createNodeAsTool does (getToolDescriptionForNode,
 * with the parameter's expression evaluated).
 */
function toolDescription(resource: string): string {
	const added =
		NodeHelpers.getNodeParameters(toolType.description.properties, { resource }, true, false, { typeVersion: CURRENT_VERSION }, toolType.description) ?? {};
	const node: INode = {
		id: 't',
		name: 'Crazyrouter',
		type: 'n8n-nodes-crazyrouter.crazyrouterTool',
		typeVersion: CURRENT_VERSION,
		position: [0, 0],
		parameters: added,
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const resolve = () => String(workflow.expression.getSimpleParameterValue(node, String(added.toolDescription), 'internal', {}));
	return NodeHelpers.getToolDescriptionForNode(node, toolType, resolve);
}

describe('the description an AI Agent sees for the node as a tool', () => {
	// It was "Message a model in Crazyrouter": nothing about which models or what comes back.
	it.each(Object.keys(TOOL_DESCRIPTIONS) as Array<keyof typeof TOOL_DESCRIPTIONS>)('says what %s does and what comes back', (resource) => {
		expect(toolDescription(resource)).toBe(TOOL_DESCRIPTIONS[resource]);
	});

	it('names the models behind the chat tool', () => {
		expect(toolDescription('chat')).toMatch(/GPT, Claude, Gemini/);
	});

	it('is shown only in the tool variant', () => {
		const main =
			NodeHelpers.getNodeParameters(crazyrouter.description.properties, {}, true, false, { typeVersion: CURRENT_VERSION }, crazyrouter.description) ?? {};
		expect(main).not.toHaveProperty('toolDescription');
	});
});
