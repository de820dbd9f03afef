import { type CrazyrouterClient, DEFAULT_IMAGE_MODEL, type GeneratedImage, imageGenerationOperation } from '@crazyrouter/core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { runForItem } from './item-results';
import { modelLocator } from './model-locator';
import { schemaField, schemaOption } from './schema-field';

const field = (name: string) => schemaField(imageGenerationOperation, name);
const show = { resource: ['image'] };

export const imageProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Generate an Image',
				value: 'generate',
				action: 'Generate an image',
				description: 'Create images from a text prompt, as binary data',
			},
		],
		default: 'generate',
	},
	modelLocator({ defaultModel: DEFAULT_IMAGE_MODEL, description: field('model').description, show }),
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. a red bicycle on a sunny street',
		description: field('prompt').description,
		displayOptions: { show },
	},
	{
		displayName: 'Put Output in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		description: 'The name of the binary field to put the image in',
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
			schemaOption(imageGenerationOperation, 'n', 'Number of Images', 1),
			schemaOption(imageGenerationOperation, 'quality', 'Quality', 'auto'),
			schemaOption(imageGenerationOperation, 'response_format', 'Response Format', 'url'),
			schemaOption(imageGenerationOperation, 'size', 'Size', '1024x1024'),
		],
	},
];

const MIME_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' };

/** Recognises the image formats models answer with from their first bytes, for answers without a type. */
function sniffMimeType(bytes: Uint8Array): string | undefined {
	const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
	if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
	if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
	if (starts(0x47, 0x49, 0x46)) return 'image/gif';
	if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
	return undefined;
}

/**
 * Fetches an image URL through n8n's plain HTTP helper, never the authenticated one: image links often point
 * at a CDN or storage host that must not receive the API key.
 */
async function downloadImage(context: IExecuteFunctions, url: string): Promise<{ bytes: Buffer; contentType: string | undefined }> {
	const response = (await context.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer', returnFullResponse: true })) as {
		body: ArrayBuffer | Buffer;
		headers: IDataObject;
	};
	const contentType = response.headers['content-type'];
	return {
		bytes: Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body),
		contentType: typeof contentType === 'string' ? contentType.split(';')[0]?.trim() : undefined,
	};
}

async function toOutputItem(
	context: IExecuteFunctions,
	image: GeneratedImage,
	details: { index: number; model: string; requestId: string | undefined; binaryPropertyName: string },
): Promise<INodeExecutionData> {
	const downloaded = image.b64Json
		? { bytes: Buffer.from(image.b64Json, 'base64'), contentType: undefined }
		: image.url
			? await downloadImage(context, image.url)
			: undefined;
	const json: IDataObject = {
		url: image.url ?? null,
		revisedPrompt: image.revisedPrompt ?? null,
		model: details.model,
		requestId: details.requestId ?? null,
	};
	if (!downloaded) return { json };
	const mimeType = sniffMimeType(downloaded.bytes) ?? downloaded.contentType ?? 'image/png';
	const fileName = `crazyrouter-image-${details.index + 1}.${MIME_EXTENSIONS[mimeType] ?? 'png'}`;
	const binary = await context.helpers.prepareBinaryData(downloaded.bytes, fileName, mimeType);
	return { json: { ...json, mimeType, fileName }, binary: { [details.binaryPropertyName]: binary } };
}

/** One generation per item; each image is its own output item, paired with the item that asked for it. */
export async function executeImage(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		results.push(
			...(await runForItem(this, itemIndex, async () => {
				const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const model = this.getNodeParameter('model', itemIndex, '', { extractValue: true }) as string;
				const answer = await client.generateImage(
					{
						model,
						prompt: this.getNodeParameter('prompt', itemIndex) as string,
						n: options.n as number | undefined,
						size: options.size as string | undefined,
						quality: options.quality as never,
						response_format: options.response_format as 'url' | 'b64_json' | undefined,
					},
					{ signal: this.getExecutionCancelSignal?.() },
				);
				const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
				return await Promise.all(
					answer.images.map((image, index) =>
						toOutputItem(this, image, { index, model: answer.meta.model ?? model, requestId: answer.meta.requestId, binaryPropertyName }),
					),
				);
			})),
		);
	}
	return results;
}
