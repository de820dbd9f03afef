import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, INode } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './credential-type';

/**
 * The credential n8n should sign one request with: the stored credential, holding the key the core cleaned
 * (read from the core's `Bearer <key>` header) instead of the key as pasted. n8n builds the Authorization header
 * from the credential, so without this a key pasted as `Bearer sk-...` or in quotes would go out as pasted,
 * although the core cleaned it; with it the header is exactly `Bearer <cleaned key>` (the credential's expression
 * leaves a clean key as it is). Undefined when the core sent no Bearer header.
 */
export function signingCredential(node: INode, credentials: ICredentialDataDecryptedObject, authorization: unknown): ICredentialsDecrypted | undefined {
	const apiKey = typeof authorization === 'string' ? /^Bearer (\S+)$/.exec(authorization)?.[1] : undefined;
	if (apiKey === undefined) return undefined;
	const stored = node.credentials?.[CREDENTIAL_TYPE];
	return { id: stored?.id ?? '', name: stored?.name ?? '', type: CREDENTIAL_TYPE, data: { ...credentials, apiKey } };
}
