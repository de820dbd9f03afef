import { REGIONS, type Region, regionBaseUrl } from '@crazyrouter/core';

/** Region choices of the credential: the core's public routes plus a custom URL. */
export type CredentialRegion = Region | 'custom';

export const CUSTOM_REGION = 'custom';

export interface CrazyrouterCredentialData {
	apiKey: string;
	region?: CredentialRegion;
	baseUrl?: string;
}

function isRegion(value: string): value is Region {
	return Object.hasOwn(REGIONS, value);
}

/**
 * The base URL the node hands to the core: a region's canonical `/v1` URL, or whatever the user pasted for
 * a custom route (the core normalises root, `/v1` and full endpoint forms and says what it changed).
 */
export function credentialBaseUrl(credentials: Pick<CrazyrouterCredentialData, 'region' | 'baseUrl'>): string | undefined {
	const region = credentials.region ?? 'global';
	if (region === CUSTOM_REGION) return credentials.baseUrl;
	return isRegion(region) ? regionBaseUrl(region) : undefined;
}
