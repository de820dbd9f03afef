import { IMAGE_DOWNLOAD_TIMEOUT_MS, type ImageFetcher } from '@crazyrouter/core';
import type { IExecuteFunctions } from 'n8n-workflow';

import { REDIRECT_POLICY } from '../../credentials/redirect-policy';
import { bodyChunks, type FullResponse, headerGetter } from './full-response';

/**
 * Fetches one image link through n8n's plain HTTP helper (never the authenticated one: image links point at
 * CDNs and storage hosts that must not receive the key), as a stream so the core can stop reading at its
 * size cap, and without following redirects: n8n's helper would follow them blindly, so the core re-checks
 * and follows each hop itself.
 */
export function createN8nImageFetcher(context: IExecuteFunctions): ImageFetcher {
	return async ({ url, signal }) => {
		const response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			headers: { accept: 'image/png, image/jpeg, image/gif, image/webp, image/*;q=0.8' },
			encoding: 'stream',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: IMAGE_DOWNLOAD_TIMEOUT_MS,
			abortSignal: signal,
			...REDIRECT_POLICY,
		})) as FullResponse;
		const stream = response.body as { destroy?: () => void; cancel?: () => Promise<void> } | null;
		return {
			status: response.statusCode,
			headers: headerGetter(response.headers),
			body: bodyChunks(response.body),
			discard: async () => {
				stream?.destroy?.();
				await stream?.cancel?.().catch(() => undefined);
			},
		};
	};
}
