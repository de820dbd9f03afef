import {
	carriedImageBytes,
	checkImageBytes,
	type CrazyrouterClient,
	DEFAULT_IMAGE_MODEL,
	downloadImage,
	type GeneratedImage,
	type ImageDownload,
	imageGenerationOperation,
	isDataUrl,
} from '@crazyrouter/core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { parameterLabel, topField } from './field-label';
import { qualityChoices, sizeChoices } from './image-choices';
import { runForItem } from './item-results';
import { readModel, versionedModelLocators } from './model-parameter';
import { n8nEgressCheck } from './n8n-egress-check';
import { createN8nImageFetcher } from './n8n-image-fetcher';
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
				action: 'Generate an image from a text prompt',
				description: 'Create images from a text prompt, as binary data',
			},
		],
		default: 'generate',
	},
	...versionedModelLocators({ resource: 'image', kind: 'image', defaultModel: DEFAULT_IMAGE_MODEL, description: field('model').description }),
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
			{
				displayName: 'Quality',
				name: 'quality',
				type: 'options',
				options: qualityChoices(),
				default: 'auto',
				description: `${field('quality').description} Each choice names the model families that take it`,
			},
			schemaOption(imageGenerationOperation, 'response_format', 'Response Format', 'url'),
			{
				displayName: 'Size',
				name: 'size',
				type: 'options',
				options: sizeChoices(),
				default: '1024x1024',
				description:
					'Image size; each choice names the model families that offer it. For another size (gpt-image-2 takes any multiple of 16 up to 3840x2160), switch the field to an expression and type WIDTHxHEIGHT.',
			},
		],
	},
];

const imageLabel = (field: string) => parameterLabel(imageProperties, topField(field));

type Download = (url: string) => Promise<ImageDownload>;

/**
 * One output item per image. Bytes the answer carried and downloads get the core's checks (an image
 * signature, the size cap); links are downloaded under the core's rules (public hosts or the gateway's own
 * origin, every redirect re-checked). A refused link still comes out, with `notDownloaded` saying why.
 */
async function toOutputItem(
	context: IExecuteFunctions,
	image: GeneratedImage,
	details: { index: number; model: string; requestId: string | undefined; binaryPropertyName: string; download: Download },
): Promise<INodeExecutionData> {
	const link = image.url && !isDataUrl(image.url) ? image.url : undefined;
	const json: IDataObject = {
		url: link ?? null,
		revisedPrompt: image.revisedPrompt ?? null,
		model: details.model,
		requestId: details.requestId ?? null,
	};
	const carried = carriedImageBytes(image, (text) => Buffer.from(text, 'base64'));
	const result = carried ? checkImageBytes(carried) : link ? await details.download(link) : undefined;
	if (!result) return { json };
	if (!result.ok) return { json: { ...json, notDownloaded: result.message } };
	const { mimeType, extension } = result.type;
	const fileName = `crazyrouter-image-${details.index + 1}.${extension}`;
	const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
	const binary = await context.helpers.prepareBinaryData(bytes, fileName, mimeType);
	return { json: { ...json, mimeType, fileName }, binary: { [details.binaryPropertyName]: binary } };
}

/** One generation per item; each image is its own output item, paired with the item that asked for it. */
export async function executeImage(this: IExecuteFunctions, client: CrazyrouterClient, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const results: INodeExecutionData[] = [];
	const fetch = createN8nImageFetcher(this);
	const checkLink = n8nEgressCheck(this);
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		results.push(
			...(await runForItem(
				this,
				itemIndex,
				async () => {
					const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
					const model = readModel(this, 'image', itemIndex);
					const signal = this.getExecutionCancelSignal?.() ?? new AbortController().signal;
					const answer = await client.generateImage(
						{
							model,
							prompt: this.getNodeParameter('prompt', itemIndex) as string,
							n: options.n as number | undefined,
							size: options.size as string | undefined,
							quality: options.quality as never,
							response_format: options.response_format as 'url' | 'b64_json' | undefined,
						},
						{ signal },
					);
					const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
					const download: Download = (url) => downloadImage(url, { fetch, gatewayBaseUrl: client.baseUrl, signal, checkLink });
					// One image at a time: up to ten downloads of up to 50 MiB each must not sit in memory together.
					const outputs: INodeExecutionData[] = [];
					for (const [index, image] of answer.images.entries()) {
						outputs.push(
							await toOutputItem(this, image, { index, model: answer.meta.model ?? model, requestId: answer.meta.requestId, binaryPropertyName, download }),
						);
					}
					return outputs;
				},
				imageLabel,
			)),
		);
	}
	return results;
}
