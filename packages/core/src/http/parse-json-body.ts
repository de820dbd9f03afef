import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";

/** The one place network text becomes JSON: a parse failure is an `invalid_response` with the request id. */
export function parseJsonBody(text: string, requestId: string | undefined, status?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(text);
    throw new CrazyrouterError({
      code: "invalid_response",
      message: looksLikeHtml ? "The gateway answered an HTML page instead of JSON." : "The gateway's answer is not valid JSON.",
      hint: FIX_HINTS.invalid_response,
      status,
      requestId,
      cause: error,
    });
  }
}
