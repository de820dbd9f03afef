import { CrazyrouterError } from "../errors/crazyrouter-error.js";

/** Fields the client itself owns: what is asked and how the answer is read. */
const OWNED_FIELDS = new Set(["model", "messages", "input", "prompt", "stream", "stream_options"]);

/**
 * The documented pass-through: fields this client does not know yet (the gateway gains fields faster than any
 * schema of ours) are added to the validated body as given. A field the request already sets, or one the client
 * owns, is refused rather than silently overridden, so every known field stays checked.
 */
export function mergeExtraBody(body: Record<string, unknown>, extraBody: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  if (!extraBody) return body;
  const merged = { ...body };
  for (const [field, value] of Object.entries(extraBody)) {
    if (value === undefined) continue;
    if (OWNED_FIELDS.has(field) || field in body) {
      throw new CrazyrouterError({
        code: "invalid_input",
        field: `extraBody.${field}`,
        message: `Invalid extraBody.${field}: ${OWNED_FIELDS.has(field) ? "the client sets this field itself" : "the request already sets this field"}.`,
        hint: "Use extraBody only for fields the request cannot carry yet; set known fields in the request itself.",
      });
    }
    merged[field] = value;
  }
  return merged;
}
