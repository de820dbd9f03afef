import type { JsonSchema } from "@crazyrouter/core";
import { isMeaningfulBound } from "./is-meaningful-bound.js";

/**
 * The schema keywords a Coze tool schema keeps, in the order they are written. Everything else goes:
 * `additionalProperties` and `$schema` (not accepted), `format` (Coze knows only its own `*_url` formats),
 * `pattern` (Go's regex dialect differs from JavaScript's, and the model never sees it; it is restated in the
 * description instead), `title`, `propertyNames` and any other JSON Schema 2020-12 keyword.
 */
export const COZE_SCHEMA_KEYWORDS = [
  "type",
  "description",
  "enum",
  "default",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "items",
] as const;

const NUMERIC_BOUNDS = new Set<string>(["minimum", "maximum"]);

/**
 * The node with only Coze's keywords, in a fixed order so the generated files are stable. Numeric bounds that are
 * only zod's safe-integer range are left out too.
 */
export function keepCozeKeywords(schema: JsonSchema): JsonSchema {
  const result: JsonSchema = {};
  for (const keyword of COZE_SCHEMA_KEYWORDS) {
    const value = schema[keyword];
    if (value === undefined) continue;
    if (NUMERIC_BOUNDS.has(keyword) && !isMeaningfulBound(value)) continue;
    result[keyword] = value;
  }
  return result;
}
