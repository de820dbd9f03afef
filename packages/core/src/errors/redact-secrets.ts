/**
 * Anything shaped like a gateway key, even one we were not given (a user may paste a key into a prompt). A regular
 * expression source JavaScript and Python read alike (Python compiles it with re.ASCII, as `\b` is ASCII here).
 */
export const KEY_LIKE_PATTERN = "\\bsk-[A-Za-z0-9_-]{6,}";

/** Secrets shorter than this are never searched for: replacing "abc" everywhere would wreck a message. */
export const MIN_SECRET_LENGTH = 4;

export const REDACTED = "[redacted]";

const keyLike = new RegExp(KEY_LIKE_PATTERN, "g");

/** Masks an API key for display: `sk-ab…wxyz`. */
export function maskApiKey(apiKey: string): string {
  if (apiKey.length <= 10) return "sk-…";
  return `${apiKey.slice(0, 5)}…${apiKey.slice(-4)}`;
}

function urlEncoded(secret: string): string[] {
  try {
    const upper = encodeURIComponent(secret);
    return [upper, upper.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())];
  } catch {
    return []; // a lone surrogate has no URL encoding
  }
}

/**
 * The forms a secret is echoed in: as it is, JSON-escaped (error bodies shown as raw JSON text; some encoders
 * also escape `/` as `\/`), and URL-encoded (a key in a query string, with upper- or lower-case hex). Longest
 * first, so a form that contains another is replaced whole.
 */
export function secretEchoes(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([secret, json, json.replaceAll("/", "\\/"), ...urlEncoded(secret)]);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Removes the given secrets, in every form they are echoed in, and anything that looks like an `sk-` key, from a text. */
export function redactSecrets(text: string, secrets: readonly (string | null | undefined)[] = []): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of secretEchoes(secret)) result = result.split(form).join(REDACTED);
  }
  return result.replace(keyLike, `sk-${REDACTED}`);
}

/** Whether a text still holds one of the secrets (or a key-shaped string). */
export function containsSecret(text: string, secrets: readonly (string | undefined)[]): boolean {
  return redactSecrets(text, secrets) !== text;
}
