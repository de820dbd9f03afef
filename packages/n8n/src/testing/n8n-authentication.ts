import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { CrazyrouterApi } from '../credentials/CrazyrouterApi.credentials';
import { CredentialExpressions } from './credential-expressions';

const crazyrouterApi = new CrazyrouterApi();

/** The headers n8n adds for this credential's data: its own `authenticate` expression in n8n's expression engine. */
export function n8nAuthentication(credentials: ICredentialDataDecryptedObject): Record<string, string> {
	return CredentialExpressions.current().authenticateHeaders(crazyrouterApi, credentials);
}
