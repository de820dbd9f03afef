import { createHash } from "node:crypto";

/** Headers that carry keys or sessions: recorded only as fingerprints, never in clear. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set(["authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"]);

const SCHEME = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*) ([\s\S]*)$/;

/**
 * How the recording keeps a credential header: the auth scheme as sent, then `sha256:` and the first 16 hex
 * digits of the SHA-256 of everything after the scheme's single space (`Bearer sk-abc` becomes
 * `Bearer sha256:…`; a value without a scheme is hashed whole). Tests still see exactly which key was sent,
 * how it was formatted (an extra space or a missing scheme changes the fingerprint) and whether it is the one
 * they expect, by comparing with `credentialFingerprint(expected)`; a page or log that reads the recording
 * learns nothing it could use.
 */
export function credentialFingerprint(value: string): string {
  const match = SCHEME.exec(value);
  const secret = match ? match[2]! : value;
  const digest = createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 16);
  return match ? `${match[1]} sha256:${digest}` : `sha256:${digest}`;
}

/** How the recording keeps header `name` sent as `value`: what a test compares a recorded header with. */
export function recordedHeaderValue(name: string, value: string): string {
  return CREDENTIAL_HEADERS.has(name.toLowerCase()) ? credentialFingerprint(value) : value;
}
