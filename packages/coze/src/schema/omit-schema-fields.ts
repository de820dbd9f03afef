import type { JsonSchema } from "@crazyrouter/core";
import { isSchemaNode, schemaProperties, schemaRequired } from "./schema-node.js";

function omitOne(schema: JsonSchema, steps: readonly string[], field: string): JsonSchema {
  const [step, ...rest] = steps;
  if (step === undefined) return schema;
  if (step === "[]") {
    if (!isSchemaNode(schema.items)) throw new Error(`cannot omit ${field}: no array items at "[]"`);
    return { ...schema, items: omitOne(schema.items, rest, field) };
  }
  const properties = schemaProperties(schema);
  const property = properties[step];
  if (!property) throw new Error(`cannot omit ${field}: the schema has no field "${step}"`);
  if (rest.length > 0) {
    // Rebuilt in place so the field keeps its position (Coze lists inputs in schema order).
    const replaced = Object.fromEntries(
      Object.entries(properties).map(([name, value]) => [name, name === step ? omitOne(property, rest, field) : value]),
    );
    return { ...schema, properties: replaced };
  }
  const { [step]: _omitted, ...others } = properties;
  const required = schemaRequired(schema).filter((name) => name !== step);
  return { ...schema, properties: others, ...(Array.isArray(schema.required) ? { required } : {}) };
}

/**
 * The schema without the named fields. A field is a dotted path through properties, with `[]` stepping into array
 * items: `stream`, `response_format.json_schema`, `messages[].tool_calls`. Throws when a field does not exist, so
 * a rename in the core cannot silently bring a dropped field back.
 */
export function omitSchemaFields(schema: JsonSchema, fields: readonly string[]): JsonSchema {
  let result = schema;
  for (const field of fields) {
    const steps = field.replaceAll("[]", ".[]").split(".").filter(Boolean);
    result = omitOne(result, steps, field);
  }
  return result;
}
