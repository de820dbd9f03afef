import type { IExecuteFunctions } from 'n8n-workflow';

type EgressFilter = ReturnType<IExecuteFunctions['helpers']['getSecureEgressFilter']>;

/**
 * n8n's own egress filter (n8n 2.x), when this n8n has one, as a further check of image links: it resolves the
 * host name and refuses it when any address is in n8n's blocked ranges, honouring the operator's
 * N8N_SSRF_ALLOWED_HOSTNAMES / N8N_SSRF_ALLOWED_IP_RANGES. "enforced" runs it even on instances that leave
 * N8N_SSRF_PROTECTION_ENABLED off: image links come from a remote answer, never from the workflow's author.
 * Undefined on older n8n, where only the core's rules apply. Node code cannot resolve names itself (no
 * `dns` in community nodes), and n8n's helper resolves again when it connects, unless the instance enables
 * SSRF protection, which then checks at connect time too.
 */
export function n8nEgressCheck(context: IExecuteFunctions): ((url: string) => Promise<string | undefined>) | undefined {
	const helpers = context.helpers as Partial<Pick<IExecuteFunctions['helpers'], 'getSecureEgressFilter'>>;
	if (typeof helpers.getSecureEgressFilter !== 'function') return undefined;
	let filter: EgressFilter;
	try {
		filter = helpers.getSecureEgressFilter('enforced');
	} catch {
		return undefined;
	}
	return async (url) => {
		try {
			const verdict = await filter.validateUrl(url);
			return verdict.ok ? undefined : `n8n's egress filter refused it (${verdict.error.message})`;
		} catch (error) {
			return `n8n's egress filter could not check it (${error instanceof Error ? error.message : String(error)})`;
		}
	};
}
