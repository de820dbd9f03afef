import { createClient, type CrazyrouterClient } from '@crazyrouter/core';

import { type CrazyrouterCredentialData, credentialBaseUrl } from '../../credentials/credential-base-url';
import { CREDENTIAL_TYPE } from './credential-type';
import { n8nTimers } from './n8n-timers';
import { createN8nTransport, type RequestContext } from './n8n-transport';

/** Matches the core's default total deadline per call (retries included); n8n's own timeout must not be shorter. */
const TIMEOUT_MS = 600_000;

/**
 * The core client wired to n8n: n8n's authenticated HTTP helper as transport, n8n-workflow's sleep as timers,
 * n8n's logger for retry notes (the core redacts the key from every message). Errors thrown here (an
 * unusable key or URL) are CrazyrouterErrors with hints, turned into node errors by the caller.
 */
export async function createNodeClient(context: RequestContext): Promise<CrazyrouterClient> {
	const credentials = (await context.getCredentials(CREDENTIAL_TYPE)) as unknown as CrazyrouterCredentialData;
	return createClient({
		apiKey: credentials.apiKey,
		baseUrl: credentialBaseUrl(credentials),
		transport: createN8nTransport(context, { timeoutMs: TIMEOUT_MS }),
		timers: n8nTimers,
		timeoutMs: TIMEOUT_MS,
		logger: { warn: (message) => context.logger.warn(message), info: (message) => context.logger.info(message) },
		userAgent: 'n8n-nodes-crazyrouter',
	});
}
