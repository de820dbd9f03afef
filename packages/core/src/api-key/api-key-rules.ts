/**
 * The longest key accepted. Crazyrouter keys are about 50 characters and the longest keys any OpenAI-compatible
 * provider issues are a few hundred; anything longer is a paste gone wrong (a whole file or config block),
 * which would otherwise travel in a header on every request.
 */
export const MAX_API_KEY_LENGTH = 1024;

/** What checkApiKey may correct, as codes (the shared fixture table and every runtime use them) and the note each gives users. */
export const API_KEY_CHANGES = {
  removed_invisible: "removed invisible characters (zero-width spaces, byte-order marks)",
  trimmed: "removed spaces or line breaks around the key",
  removed_bearer: 'removed a pasted "Bearer " prefix',
  removed_quotes: "removed quotes around the key",
} as const;

export type ApiKeyChange = keyof typeof API_KEY_CHANGES;

/** Why a key is refused, and what to do. Messages never repeat the key. `{length}` and `{max}` are filled in. */
export const API_KEY_REFUSALS = {
  missing: {
    message: "No API key is set.",
    hint: "Create an sk-... key in the Crazyrouter dashboard and set it (for example CRAZYROUTER_API_KEY).",
  },
  empty: { message: "The API key is empty.", hint: "Set an sk-... key from the Crazyrouter dashboard." },
  spaces_inside: {
    message: "The API key contains spaces or line breaks inside it.",
    hint: "Copy the key again from the Crazyrouter dashboard as one unbroken sk-... value.",
  },
  non_ascii: {
    message: "The API key contains non-ASCII or control characters (often a smart quote or a look-alike letter).",
    hint: "Copy the key again from the dashboard instead of typing it.",
  },
  too_long: {
    message: "The API key is {length} characters long; keys are at most {max} (Crazyrouter keys are about 50).",
    hint: "Something else was pasted along with the key. Copy the key alone (sk-...) from the Crazyrouter dashboard.",
  },
} as const;

export type ApiKeyRefusal = keyof typeof API_KEY_REFUSALS;
