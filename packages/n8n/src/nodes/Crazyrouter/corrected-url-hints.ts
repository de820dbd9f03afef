import { type BaseUrlChange, type CrazyrouterClient, CrazyrouterError, hintForCorrectedBaseUrl } from '@crazyrouter/core';

/**
 * The client with the hints that fit n8n's credential: the node corrects every base URL to its `/v1` form, so a 404
 * is not fixed by "ending it in /v1" (the field's own tooltip says it is corrected), and a TLS error on a URL typed
 * without a scheme means the https:// the core assumed was wrong.
 */
export function withCorrectedUrlHints(client: CrazyrouterClient, changes: readonly BaseUrlChange[]): CrazyrouterClient {
	const explain = (error: unknown): unknown => {
		if (!CrazyrouterError.isInstance(error)) return error;
		const hint = hintForCorrectedBaseUrl(error, changes);
		return hint === error.hint ? error : new CrazyrouterError({ ...error.toJSON(), hint, cause: error.cause });
	};
	const guarded =
		<A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			try {
				return await method(...args);
			} catch (error) {
				throw explain(error);
			}
		};
	return {
		baseUrl: client.baseUrl,
		configNotes: client.configNotes,
		chat: guarded(client.chat),
		streamChat: guarded(client.streamChat),
		embed: guarded(client.embed),
		generateImage: guarded(client.generateImage),
		listModels: guarded(client.listModels),
	};
}
