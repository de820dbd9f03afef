import type { ChatCompletionRequest } from '@crazyrouter/core';
import { getParametersJsonSchema, type Tool } from '@n8n/ai-node-sdk';

type FunctionTool = NonNullable<ChatCompletionRequest['tools']>[number];

/**
 * The Agent's tools as Chat Completions function tools: n8n's tools describe their arguments with zod or JSON Schema,
 * and the SDK's getParametersJsonSchema turns either into JSON Schema. Provider tools (a vendor's built-in web search)
 * have no Chat Completions form and are refused by name.
 */
export function toGatewayTools(tools: readonly Tool[]): FunctionTool[] {
	return tools.map((tool) => {
		if (tool.type !== 'function') throw new Error(`The tool ${tool.name} is a provider tool, which Crazyrouter's Chat Completions API cannot call.`);
		// zod-to-JSON-Schema names its dialect in $schema, which a function's parameters do not carry.
		const schema = { ...(getParametersJsonSchema(tool) as Record<string, unknown>) };
		delete schema.$schema;
		return {
			type: 'function',
			function: {
				name: tool.name,
				...(tool.description ? { description: tool.description } : {}),
				parameters: schema,
				...(tool.strict !== undefined ? { strict: tool.strict } : {}),
			},
		};
	});
}
