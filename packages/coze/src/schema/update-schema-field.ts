import type { JsonSchema } from "@crazyrouter/core";
import { isSchemaNode, schemaProperties } from "./schema-node.js";

/** A field as a path: dotted property names, `[]` stepping into array items (`messages[].content`). */
export function fieldSteps(field: string): string[] {
  return field.replaceAll("[]", ".[]").split(".").filter(Boolean);
}

function updateAt(schema: JsonSchema, steps: readonly string[], field: string, update: (node: JsonSchema) => JsonSchema): JsonSchema {
  const [step, ...rest] = steps;
  if (step === undefined) return update(schema);
  if (step === "[]") {
    if (!isSchemaNode(schema.items)) throw new Error(`cannot change ${field}: no array items at "[]"`);
    return { ...schema, items: updateAt(schema.items, rest, field, update) };
  }
  const properties = schemaProperties(schema);
  const property = properties[step];
  if (!property) throw new Error(`cannot change ${field}: the schema has no field "${step}"`);
  // Rebuilt in place so the field keeps its position (Coze lists inputs in schema order).
  const replaced = Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, name === step ? updateAt(property, rest, field, update) : value]),
  );
  return { ...schema, properties: replaced };
}

/**
 * The schema with one field replaced by `update(field)`; the empty path is the schema itself. Throws when the field
 * does not exist, so a rename in the core fails the build instead of silently losing a Coze adjustment.
 */
export function updateSchemaField(schema: JsonSchema, field: string, update: (node: JsonSchema) => JsonSchema): JsonSchema {
  return updateAt(schema, fieldSteps(field), field, update);
}
