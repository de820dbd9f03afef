import { createClient, CrazyrouterError, DEFAULT_BASE_URL, hintForCorrectedBaseUrl, normalizeBaseUrl } from '@crazyrouter/core';
import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { type CrazyrouterCredentialData, credentialBaseUrl } from '../../credentials/credential-base-url';
import { createLegacyRequestTransport } from './legacy-request-transport';
import { n8nTimers } from './n8n-timers';
import { USER_AGENT } from './user-agent';

/** The name under which the nodes offer the test (their credentials' `testedBy` and `methods.credentialTest`). */
export const CREDENTIAL_TEST_METHOD = 'crazyrouterApiTest';

/** How long "Test" waits: the list of models answers in well under a second; a stuck host should not hold the dialog. */
const TEST_TIMEOUT_MS = 20_000;

function failure(error: unknown, baseUrl: string | undefined): INodeCredentialTestResult {
	if (!CrazyrouterError.isInstance(error)) return { status: 'Error', message: error instanceof Error ? error.message : String(error) };
	let changes: ReturnType<typeof normalizeBaseUrl>['changes'] = [];
	try {
		changes = normalizeBaseUrl(baseUrl ?? DEFAULT_BASE_URL).changes;
	} catch {
		// The URL itself was refused: the core's message already says why.
	}
	return { status: 'Error', message: `${error.message} ${hintForCorrectedBaseUrl(error, changes)}` };
}

/**
 * "Test" in the credential dialog: the core lists the key's models, exactly as the node's calls are made (the key and
 * URL cleaned, redirects not followed, no retries), and a failure says what to do: "connect ECONNREFUSED" becomes
 * "could not reach 127.0.0.1:9 ... check the host", a URL typed without a scheme that meets plain HTTP is told to
 * write http://, a 404 gets advice that fits a URL already corrected to /v1. A declarative test cannot: n8n shows
 * only a network error's bare code.
 */
export async function testCrazyrouterCredential(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as unknown as CrazyrouterCredentialData;
	const baseUrl = credentialBaseUrl(data);
	try {
		const client = createClient({
			apiKey: data.apiKey,
			baseUrl,
			transport: createLegacyRequestTransport(this, TEST_TIMEOUT_MS),
			timers: n8nTimers,
			timeoutMs: TEST_TIMEOUT_MS,
			retry: { maxRetries: 0 },
			userAgent: USER_AGENT,
		});
		const { ids } = await client.listModels();
		return { status: 'OK', message: `Connection successful: this key may call ${ids.length} model${ids.length === 1 ? '' : 's'}.` };
	} catch (error) {
		return failure(error, baseUrl);
	}
}
