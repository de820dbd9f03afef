import type { IHttpRequestOptions } from 'n8n-workflow';

/**
 * How every request that carries the key treats redirects: not followed, and never with credentials across
 * origins. n8n's HTTP helper follows redirects and, by default, re-adds the credential's Authorization header
 * even when the Location is another host or port, so a base URL that redirects (or a hostile one) would get
 * the key sent on. An API call has no reason to be redirected: the 3xx comes back to the caller instead (the
 * core reports it), and the second option keeps the key home should a future n8n follow anyway.
 */
export const REDIRECT_POLICY = {
	disableFollowRedirect: true,
	sendCredentialsOnCrossOriginRedirect: false,
} as const satisfies Partial<IHttpRequestOptions>;
