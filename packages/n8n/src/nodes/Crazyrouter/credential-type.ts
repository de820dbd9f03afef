/** The credential's type name, shared by the node, the transport and the credential class. */
export const CREDENTIAL_TYPE = 'crazyrouterApi';
