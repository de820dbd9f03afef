import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { PRINTABLE_ASCII_CLASS, SPACE_CLASS, removeInvisible, trimSpaces } from "../text/character-classes.js";
import { fillTemplate } from "../text/fill-template.js";
import { API_KEY_CHANGES, API_KEY_REFUSALS, MAX_API_KEY_LENGTH, type ApiKeyChange, type ApiKeyRefusal } from "./api-key-rules.js";

export { MAX_API_KEY_LENGTH } from "./api-key-rules.js";

export interface CheckedApiKey {
  apiKey: string;
  /** What was changed, as codes (see API_KEY_CHANGES), in the order each first happened. */
  changes: ApiKeyChange[];
  /** The same changes in words. */
  notes: string[];
}

const bearerPrefix = new RegExp(`^bearer[${SPACE_CLASS}]+`, "i");
const quoted = /^["'].*["']$/s;
const spaceInside = new RegExp(`[${SPACE_CLASS}]`);
const printableAscii = new RegExp(`^[${PRINTABLE_ASCII_CLASS}]+$`);

function refuse(reason: ApiKeyRefusal, values: Record<string, number> = {}): CrazyrouterError {
  const { message, hint } = API_KEY_REFUSALS[reason];
  return new CrazyrouterError({ code: "invalid_input", message: fillTemplate(message, values), hint, field: "apiKey", reason });
}

/** One pass of the corrections that can wrap a key in any order: spaces, a `Bearer ` prefix, a pair of quotes. */
function unwrapOnce(key: string): { key: string; change?: ApiKeyChange } {
  const trimmed = trimSpaces(key);
  if (trimmed !== key) return { key: trimmed, change: "trimmed" };
  if (bearerPrefix.test(key)) return { key: key.replace(bearerPrefix, ""), change: "removed_bearer" };
  if (quoted.test(key)) return { key: key.slice(1, -1), change: "removed_quotes" };
  return { key };
}

/**
 * Catches the key mistakes behind most 401s before a request is sent: invisible characters, pasted spaces and
 * line breaks, a `Bearer ` prefix and quotes (in any order, as often as they were pasted), or an empty value.
 * Error messages never include the key. The rule is the table in `fixtures/api-key.json`, which the Python
 * plugin and the n8n credential are tested against too.
 */
export function checkApiKey(input: string | undefined): CheckedApiKey {
  const changes: ApiKeyChange[] = [];
  const change = (code: ApiKeyChange) => {
    if (!changes.includes(code)) changes.push(code);
  };
  let apiKey = removeInvisible(input ?? "");
  if (apiKey !== (input ?? "")) change("removed_invisible");
  if (trimSpaces(apiKey) === "") throw refuse("missing");
  for (let step = unwrapOnce(apiKey); step.change; step = unwrapOnce(apiKey)) {
    change(step.change);
    apiKey = step.key;
  }
  if (apiKey === "") throw refuse("empty");
  if (spaceInside.test(apiKey)) throw refuse("spaces_inside");
  if (!printableAscii.test(apiKey)) throw refuse("non_ascii");
  if (apiKey.length > MAX_API_KEY_LENGTH) throw refuse("too_long", { length: apiKey.length, max: MAX_API_KEY_LENGTH });
  return { apiKey, changes, notes: changes.map((code) => API_KEY_CHANGES[code]) };
}
