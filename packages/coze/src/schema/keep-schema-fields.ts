import type { JsonSchema } from "@crazyrouter/core";
import { isSchemaNode, schemaProperties, schemaRequired } from "./schema-node.js";
import { fieldSteps } from "./update-schema-field.js";

function keepAt(schema: JsonSchema, paths: readonly string[][], at: string): JsonSchema {
  if (paths.some((steps) => steps.length === 0)) return schema;
  if (paths.every((steps) => steps[0] === "[]")) {
    if (!isSchemaNode(schema.items)) throw new Error(`cannot keep ${at}[]: not a list`);
    return {
      ...schema,
      items: keepAt(
        schema.items,
        paths.map((steps) => steps.slice(1)),
        `${at}[]`,
      ),
    };
  }
  const properties = schemaProperties(schema);
  const kept: Record<string, JsonSchema> = {};
  // In the order the paths name them: Coze lists a tool's inputs in schema order, so the data decides it.
  for (const name of [...new Set(paths.map((steps) => steps[0] ?? ""))]) {
    const property = properties[name];
    if (!property) throw new Error(`cannot keep ${at}${at ? "." : ""}${name}: the schema has no such field`);
    kept[name] = keepAt(
      property,
      paths.filter((steps) => steps[0] === name).map((steps) => steps.slice(1)),
      `${at}${at ? "." : ""}${name}`,
    );
  }
  const required = schemaRequired(schema).filter((name) => name in kept);
  const { required: _required, ...rest } = schema;
  return { ...rest, properties: kept, ...(required.length > 0 ? { required } : {}) };
}

/**
 * The schema with only the named fields, in the order named: `model` keeps a field whole, `messages[].role` keeps
 * one field of each list item. Throws when a field does not exist, so a rename in the core fails the build.
 */
export function keepSchemaFields(schema: JsonSchema, fields: readonly string[]): JsonSchema {
  return keepAt(schema, fields.map(fieldSteps), "");
}
