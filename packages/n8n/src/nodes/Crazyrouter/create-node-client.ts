import { createClient, type CrazyrouterClient, DEFAULT_BASE_URL, DEFAULT_DEADLINES, normalizeBaseUrl } from '@crazyrouter/core';

import { type CrazyrouterCredentialData, credentialBaseUrl } from '../../credentials/credential-base-url';
import { withCorrectedUrlHints } from './corrected-url-hints';
import { CREDENTIAL_TYPE } from './credential-type';
import { n8nTimers } from './n8n-timers';
import { USER_AGENT } from './user-agent';
import { createN8nTransport, type RequestContext } from './n8n-transport';

/**
 * The core client wired to n8n: n8n's authenticated HTTP helper as transport, n8n-workflow's sleep as timers,
 * n8n's logger for retry notes (the core redacts the key from every message). Errors thrown here (an
 * unusable key or URL) are CrazyrouterErrors with hints, turned into node errors by the caller.
 */
export async function createNodeClient(context: RequestContext): Promise<CrazyrouterClient> {
	const stored = await context.getCredentials(CREDENTIAL_TYPE);
	const credentials = stored as unknown as CrazyrouterCredentialData;
	const baseUrl = credentialBaseUrl(credentials);
	const client = createClient({
		apiKey: credentials.apiKey,
		baseUrl,
		// n8n's own per-request timeout only backs up the core's deadlines (headers per attempt, total per call), so it
		// is the core's total: it never cuts a call the core would still let run.
		transport: createN8nTransport(context, { timeoutMs: DEFAULT_DEADLINES.totalMs, credentials: stored }),
		timers: n8nTimers,
		logger: { warn: (message) => context.logger.warn(message), info: (message) => context.logger.info(message) },
		userAgent: USER_AGENT,
	});
	// createClient accepted the URL, so normalising it again cannot throw: it says what was corrected.
	return withCorrectedUrlHints(client, normalizeBaseUrl(baseUrl ?? DEFAULT_BASE_URL).changes);
}
