import type { JsonSchema } from "@crazyrouter/core";

const JSON_TYPES: Record<string, string> = { string: "string", number: "number", boolean: "boolean" };

/**
 * `const: x` → `enum: [x]`: `const` is JSON Schema 2019+ and unknown to OpenAPI 3.0, while a one-value enum says
 * the same thing. The type is filled in from the value when the schema has none. Returns the input itself when it
 * has no `const`.
 */
export function constToEnum(schema: JsonSchema): JsonSchema {
  if (!("const" in schema)) return schema;
  const { const: value, ...rest } = schema;
  const inferredType = Number.isInteger(value) ? "integer" : JSON_TYPES[typeof value];
  return { ...(rest.type === undefined && inferredType ? { type: inferredType } : {}), ...rest, enum: [value] };
}
