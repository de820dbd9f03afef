import type {
	IAdditionalCredentialOptions,
	IBinaryData,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	ISupplyDataFunctions,
} from 'n8n-workflow';

// With its extension: the benchmark loads this file on Node's type stripping.
import { CURRENT_VERSION } from '../nodes/Crazyrouter/node-version.ts';

/** A parameter value, or a function of the item index for per-item values (what expressions give in n8n). */
export type ParameterValue = unknown | ((itemIndex: number) => unknown);

export interface MockContextOptions {
	/** The stored credential; `apiKey` null stands for a key that was never set. */
	credentials: { apiKey: string | null; region?: string; baseUrl?: string };
	parameters: Record<string, ParameterValue>;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** The node's version as a saved workflow holds it; the node's current version when unset. */
	typeVersion?: number;
	/** Aborts the execution, as n8n's cancel button does. */
	cancelSignal?: AbortSignal;
	/** Extra headers on every authenticated request, e.g. the dev gateway's fault header. */
	extraHeaders?: Record<string, string>;
	/**
	 * The headers n8n adds for a credential's data. By default n8n's own way: the credential's `authenticate`
	 * expression in n8n's expression engine (n8n-authentication.ts, loaded when first needed, so scripts that run
	 * this file on Node's type stripping, the benchmark, can pass their own and skip the bundler-only imports).
	 */
	authenticate?: (credentials: ICredentialDataDecryptedObject) => Record<string, string>;
}

export interface MockContext {
	context: IExecuteFunctions & ILoadOptionsFunctions & ISupplyDataFunctions;
	/** Every options object the node passed to `httpRequestWithAuthentication`. */
	authenticatedRequests: IHttpRequestOptions[];
	/** The credential n8n signed each of those requests with, and the Authorization header it built from it. */
	signedWith: ICredentialDataDecryptedObject[];
	authorizations: string[];
	/** Every options object passed to the plain `httpRequest` (image downloads). */
	plainRequests: IHttpRequestOptions[];
	logs: string[];
	/** What an AI sub-node reported to n8n (addInputData / addOutputData): the run data n8n shows for it. */
	aiRunData: Array<{ kind: 'input' | 'output'; data: unknown }>;
}

const node: INode = {
	id: 'crazyrouter-test',
	name: 'Crazyrouter',
	type: 'n8n-nodes-crazyrouter.crazyrouter',
	typeVersion: CURRENT_VERSION,
	position: [0, 0],
	parameters: {},
	credentials: { crazyrouterApi: { id: 'mock-credential', name: 'Crazyrouter account' } },
};

/** A value at a dotted path (`messageList.messages`), as n8n's getNodeParameter reads one. */
function atPath(parameters: Record<string, unknown>, name: string): unknown {
	if (name in parameters) return parameters[name];
	return name
		.split('.')
		.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), parameters);
}

function headersObject(headers: Headers): IDataObject {
	const result: IDataObject = {};
	headers.forEach((value, name) => {
		result[name] = value;
	});
	return result;
}

/**
 * Sends a request over real HTTP (fetch) and answers the way n8n's helper does with returnFullResponse.
 * `disableFollowRedirect` hands back the 3xx itself, as n8n does. (When it follows, fetch drops the
 * Authorization header on cross-origin hops where n8n re-adds it: only the real-n8n test shows that.)
 */
async function send(options: IHttpRequestOptions, headers: Record<string, string>) {
	const response = await fetch(options.url, {
		method: options.method ?? 'GET',
		headers,
		body: typeof options.body === 'string' ? options.body : undefined,
		signal: options.abortSignal as AbortSignal | undefined,
		redirect: options.disableFollowRedirect ? 'manual' : 'follow',
	});
	if (!options.ignoreHttpStatusErrors && !response.ok) throw new Error(`HTTP ${response.status}`);
	const body =
		options.encoding === 'arraybuffer' ? Buffer.from(await response.arrayBuffer()) : options.encoding === 'stream' ? response.body : await response.text();
	return { statusCode: response.status, headers: headersObject(response.headers), body };
}

function stringHeaders(headers: IDataObject | undefined): Record<string, string> {
	return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name, String(value)]));
}

/**
 * A stand-in for n8n's execution context whose HTTP helpers make real requests, so the node's transport
 * adapter is exercised against the dev gateway. Authentication is n8n's: the credential's own `authenticate`
 * expression resolved by n8n's expression engine, over the credential n8n would use (the one the node hands over
 * in `credentialsDecrypted`, else the stored one), as n8n-core's httpRequestWithAuthentication does.
 */
export function createMockContext(options: MockContextOptions): MockContext {
	const authenticatedRequests: IHttpRequestOptions[] = [];
	const signedWith: ICredentialDataDecryptedObject[] = [];
	const authorizations: string[] = [];
	const plainRequests: IHttpRequestOptions[] = [];
	const logs: string[] = [];
	const aiRunData: MockContext['aiRunData'] = [];
	const items = options.items ?? [{ json: {} }];

	const parameter = (name: string, itemIndex: number, fallback?: unknown, extra?: { extractValue?: boolean }) => {
		const raw = atPath(options.parameters, name);
		let value = typeof raw === 'function' ? (raw as (index: number) => unknown)(itemIndex) : raw;
		if (value === undefined) {
			if (fallback !== undefined) return fallback;
			throw new Error(`Could not get parameter "${name}"`);
		}
		if (extra?.extractValue && typeof value === 'object' && value !== null && '__rl' in value) value = (value as IDataObject).value;
		return value;
	};

	const helpers = {
		async httpRequestWithAuthentication(this: unknown, credentialType: string, request: IHttpRequestOptions, additional?: IAdditionalCredentialOptions) {
			if (credentialType !== 'crazyrouterApi') throw new Error(`unexpected credential type ${credentialType}`);
			authenticatedRequests.push(request);
			const credentials = additional?.credentialsDecrypted?.data ?? (options.credentials as ICredentialDataDecryptedObject);
			const authenticate = options.authenticate ?? (await import('./n8n-authentication.ts')).n8nAuthentication;
			const authentication = authenticate(credentials);
			signedWith.push(credentials);
			authorizations.push(authentication.Authorization ?? '');
			return await send(request, { ...stringHeaders(request.headers), ...options.extraHeaders, ...authentication });
		},
		async httpRequest(request: IHttpRequestOptions) {
			plainRequests.push(request);
			return await send(request, stringHeaders(request.headers));
		},
		async prepareBinaryData(data: Buffer, fileName?: string, mimeType?: string): Promise<IBinaryData> {
			return { data: data.toString('base64'), mimeType: mimeType ?? 'application/octet-stream', fileName, fileSize: String(data.length) };
		},
	};

	const context = {
		getInputData: () => items,
		getNodeParameter: parameter,
		getNode: () => ({ ...node, typeVersion: options.typeVersion ?? node.typeVersion }),
		continueOnFail: () => options.continueOnFail ?? false,
		getCredentials: async () => ({ ...options.credentials }),
		getExecutionCancelSignal: () => options.cancelSignal,
		// What an AI sub-node's tracing calls (the SDK's N8nLlmTracing), recorded for tests.
		getNextRunIndex: () => 0,
		addInputData: (_type: unknown, data: unknown) => (aiRunData.push({ kind: 'input', data }), { index: 0 }),
		addOutputData: (_type: unknown, _index: unknown, data: unknown) => aiRunData.push({ kind: 'output', data }),
		setMetadata: () => undefined,
		logAiEvent: () => undefined,
		logger: {
			info: (message: string) => logs.push(`info: ${message}`),
			warn: (message: string) => logs.push(`warn: ${message}`),
			debug: (message: string) => logs.push(`debug: ${message}`),
			error: (message: string) => logs.push(`error: ${message}`),
		},
		helpers,
	};
	return {
		context: context as unknown as IExecuteFunctions & ILoadOptionsFunctions & ISupplyDataFunctions,
		authenticatedRequests,
		signedWith,
		authorizations,
		plainRequests,
		logs,
		aiRunData,
	};
}
