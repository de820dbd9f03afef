import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";

/** Shows enough of a key to recognise it in a test failure without printing it whole. */
function maskKey(key: string): string {
  return key.length > 8 ? `${key.slice(0, 4)}****${key.slice(-4)}` : "****";
}

/**
 * The 401 for a missing or unknown Bearer key, or undefined when the key is accepted. The key is compared
 * exactly, with no trimming: a key pasted with a stray space fails here as it does on the real gateway.
 */
export function checkBearerAuth(authorization: string | undefined, apiKeys: ReadonlySet<string>): DevResponse | undefined {
  const match = /^Bearer (.*)$/i.exec(authorization ?? "");
  const key = match?.[1];
  if (!key) {
    return openAiError(401, {
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      type: "invalid_request_error",
      code: "invalid_api_key",
    });
  }
  if (apiKeys.has(key)) return undefined;
  return openAiError(401, {
    message: `Incorrect API key provided: ${maskKey(key)}. Check the key for typos or pasted spaces.`,
    type: "invalid_request_error",
    code: "invalid_api_key",
  });
}
