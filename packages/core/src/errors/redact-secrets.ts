// Anything shaped like a gateway key, even one we were not given (a user may paste a key into a prompt).
const keyPattern = /\bsk-[A-Za-z0-9_-]{6,}/g;

/** Masks an API key for display: `sk-ab…wxyz`. */
export function maskApiKey(apiKey: string): string {
  if (apiKey.length <= 10) return "sk-…";
  return `${apiKey.slice(0, 5)}…${apiKey.slice(-4)}`;
}

/**
 * Removes the given secrets, and anything that looks like an `sk-` key, from a text. A secret is also found in
 * its JSON-escaped form, because error bodies are sometimes shown as raw JSON text.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    result = result.split(secret).join("[redacted]");
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) result = result.split(escaped).join("[redacted]");
  }
  return result.replace(keyPattern, "sk-[redacted]");
}

/** Whether a text still holds one of the secrets (or a key-shaped string). */
export function containsSecret(text: string, secrets: readonly (string | undefined)[]): boolean {
  return redactSecrets(text, secrets) !== text;
}
