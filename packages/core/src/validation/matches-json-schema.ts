import type { JsonSchema } from "../operations/request-json-schema.js";

/** The keywords zod writes for the core's answer schemas; `$schema` and `description` check nothing. */
const KNOWN_KEYWORDS = new Set([
  "$schema",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "anyOf",
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What zod's checks of that type accept: finite numbers only, objects that are not arrays. */
function hasType(value: unknown, type: unknown): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return false;
  }
}

/**
 * Whether a JSON value satisfies a JSON Schema written by zod's `toJSONSchema`, for the few keywords the core's
 * answer schemas use. It answers true only when it is sure: any other keyword makes it answer false. The client
 * uses it to skip building and running zod for an answer that is well-formed and asks zod about every other one,
 * so it may be stricter than zod but must never be looser. Lengths are counted as zod counts them (UTF-16 units).
 */
export function matchesJsonSchema(value: unknown, schema: JsonSchema): boolean {
  for (const keyword of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(keyword)) return false;
  const { type, properties, required, additionalProperties, items, minItems, maxItems, minLength, maxLength, anyOf } = schema;
  if (type !== undefined && !(Array.isArray(type) ? type.some((one) => hasType(value, one)) : hasType(value, type))) return false;
  if (anyOf !== undefined && !(Array.isArray(anyOf) && anyOf.some((branch) => isPlainObject(branch) && matchesJsonSchema(value, branch)))) return false;
  if (typeof value === "string") {
    if (minLength !== undefined && !(typeof minLength === "number" && value.length >= minLength)) return false;
    if (maxLength !== undefined && !(typeof maxLength === "number" && value.length <= maxLength)) return false;
  }
  if (Array.isArray(value)) {
    if (minItems !== undefined && !(typeof minItems === "number" && value.length >= minItems)) return false;
    if (maxItems !== undefined && !(typeof maxItems === "number" && value.length <= maxItems)) return false;
    if (items !== undefined && !(isPlainObject(items) && value.every((item) => matchesJsonSchema(item, items)))) return false;
  }
  if (isPlainObject(value)) {
    if (required !== undefined && !(Array.isArray(required) && required.every((key) => typeof key === "string" && Object.hasOwn(value, key)))) return false;
    if (properties !== undefined && !isPlainObject(properties)) return false;
    if (properties === undefined && additionalProperties === undefined) return true;
    for (const [key, field] of Object.entries(value)) {
      const declared = properties && Object.hasOwn(properties, key) ? properties[key] : additionalProperties;
      // Undeclared keys next to declared ones: only `additionalProperties: {}` (zod's looseObject) is understood.
      if (!isPlainObject(declared) || !matchesJsonSchema(field, declared)) return false;
    }
  }
  return true;
}
