import type { JsonSchema } from "@crazyrouter/core";

/** Whether a value is a JSON Schema object node (not a boolean schema, not an array). */
export function isSchemaNode(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The `properties` of an object node, empty when it declares none. */
export function schemaProperties(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  if (!isSchemaNode(properties)) return {};
  const result: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(properties)) if (isSchemaNode(property)) result[name] = property;
  return result;
}

/** The `required` names of an object node. */
export function schemaRequired(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === "string") : [];
}
