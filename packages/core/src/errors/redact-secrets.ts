// Anything shaped like a gateway key, even one we were not given (a user may paste a key into a prompt).
const keyPattern = /\bsk-[A-Za-z0-9_-]{6,}/g;

/** Masks an API key for display: `sk-ab…wxyz`. */
export function maskApiKey(apiKey: string): string {
  if (apiKey.length <= 10) return "sk-…";
  return `${apiKey.slice(0, 5)}…${apiKey.slice(-4)}`;
}

/** Removes the given secrets, and anything that looks like an `sk-` key, from a text. */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join("[redacted]");
  }
  return result.replace(keyPattern, "sk-[redacted]");
}
