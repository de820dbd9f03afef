import { CrazyrouterError } from "../errors/crazyrouter-error.js";

/**
 * The longest key accepted. Crazyrouter keys are about 50 characters and the longest keys any OpenAI-compatible
 * provider issues are a few hundred; anything longer is a paste gone wrong (a whole file or config block),
 * which would otherwise travel in a header on every request.
 */
export const MAX_API_KEY_LENGTH = 1024;

export interface CheckedApiKey {
  apiKey: string;
  notes: string[];
}

function invalid(message: string, hint: string): CrazyrouterError {
  return new CrazyrouterError({ code: "invalid_input", message, hint, field: "apiKey" });
}

/**
 * Catches the key mistakes behind most 401s before a request is sent: pasted spaces and line breaks,
 * a `Bearer ` prefix pasted along, quotes, or an empty value. Error messages never include the key.
 */
export function checkApiKey(input: string | undefined): CheckedApiKey {
  const notes: string[] = [];
  if (input === undefined || input.trim() === "") {
    throw invalid("No API key is set.", "Create an sk-... key in the Crazyrouter dashboard and set it (for example CRAZYROUTER_API_KEY).");
  }
  let apiKey = input.trim();
  if (apiKey !== input) notes.push("removed spaces or line breaks around the key");
  if (/^bearer\s+/i.test(apiKey)) {
    apiKey = apiKey.replace(/^bearer\s+/i, "");
    notes.push('removed a pasted "Bearer " prefix');
  }
  if (/^["'].*["']$/.test(apiKey)) {
    apiKey = apiKey.slice(1, -1);
    notes.push("removed quotes around the key");
  }
  if (/\s/.test(apiKey)) {
    throw invalid("The API key contains spaces or line breaks inside it.", "Copy the key again from the Crazyrouter dashboard as one unbroken sk-... value.");
  }
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw invalid("The API key contains non-ASCII characters (often a smart quote or a look-alike letter).", "Copy the key again from the dashboard instead of typing it.");
  }
  if (apiKey === "") throw invalid("The API key is empty.", "Set an sk-... key from the Crazyrouter dashboard.");
  if (apiKey.length > MAX_API_KEY_LENGTH) {
    throw invalid(
      `The API key is ${apiKey.length} characters long; keys are at most ${MAX_API_KEY_LENGTH} (Crazyrouter keys are about 50).`,
      "Something else was pasted along with the key. Copy the key alone (sk-...) from the Crazyrouter dashboard.",
    );
  }
  return { apiKey, notes };
}
