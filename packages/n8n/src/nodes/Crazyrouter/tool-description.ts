import type { INodeProperties } from 'n8n-workflow';

/**
 * What an AI Agent's model reads about this node as a tool, per resource. n8n's automatic description is
 * "<operation action> in Crazyrouter" ("Message a chat model and get its answer in Crazyrouter"): it says nothing of
 * the models behind it or of what comes back, and n8n's linter keeps actions short and in sentence case.
 */
export const TOOL_DESCRIPTIONS = {
	chat: 'Ask an AI chat model through Crazyrouter (GPT, Claude, Gemini and more behind one key) and get its answer as text, with the model that answered and the tokens used. Use it for questions, writing, summaries, translation or analysis that need another model.',
	embeddings:
		'Turn text into an embedding vector with a Crazyrouter embedding model (text-embedding-3-small unless another is set), for semantic search, clustering and similarity. Returns the text, its vector and the vector length.',
	image:
		'Generate an image from a text description with a Crazyrouter image model (gpt-image-2, qwen-image and more). Returns the image as a file, with its link and the prompt the model used.',
	model:
		'List the AI models this Crazyrouter key may call (chat models such as GPT, Claude and Gemini, embedding and image models), optionally only those whose id contains a given text.',
} as const;

/**
 * The tool variant's description field (shown only there: `@tool`), defaulting to the description of the resource
 * chosen. An expression, so switching Resource switches the description with it; n8n resolves it when the Agent
 * asks for its tools, and a user may write their own instead.
 */
export const toolDescriptionProperty: INodeProperties = {
	displayName: 'Description',
	name: 'toolDescription',
	type: 'string',
	typeOptions: { rows: 3 },
	default: `={{ ${JSON.stringify(TOOL_DESCRIPTIONS)}[$parameter.resource] }}`,
	description: 'What the AI Agent’s model reads about this tool. A good, specific description helps it call the tool at the right time.',
	displayOptions: { show: { '@tool': [true] } },
};
