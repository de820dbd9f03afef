import { CrazyrouterError } from "../errors/crazyrouter-error.js";

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function invalid(message: string): CrazyrouterError {
  return new CrazyrouterError({
    code: "invalid_input",
    message,
    hint: 'Set CRAZYROUTER_EXTRA_HEADERS to a JSON object of strings, such as {"x-team":"research"}, or unset it.',
    field: "CRAZYROUTER_EXTRA_HEADERS",
  });
}

/**
 * Reads the advanced `CRAZYROUTER_EXTRA_HEADERS` variable (the same JSON object the MCP server accepts): extra
 * headers a corporate proxy may need, and the dev gateway's fault header when testing the bundled bin.
 */
export function parseExtraHeaders(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("CRAZYROUTER_EXTRA_HEADERS is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalid("CRAZYROUTER_EXTRA_HEADERS must be a JSON object.");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== "string") throw invalid(`CRAZYROUTER_EXTRA_HEADERS: the value of "${name}" must be a string.`);
    if (!headerName.test(name)) throw invalid(`CRAZYROUTER_EXTRA_HEADERS: "${name}" is not a valid header name.`);
    // The key has one home (CRAZYROUTER_API_KEY), so it is never duplicated into a second variable.
    if (name.toLowerCase() === "authorization") throw invalid("CRAZYROUTER_EXTRA_HEADERS may not set Authorization; put the key in CRAZYROUTER_API_KEY.");
    // Lower-cased so a user's "Content-Type" cannot sit beside the client's own "content-type".
    headers[name.toLowerCase()] = value;
  }
  return headers;
}
