import type { JsonSchema } from "@crazyrouter/core";
import { schemaProperties } from "./schema-node.js";

/**
 * The schema with top-level fields fixed to one value: an enum of one and that value as the default, which
 * Coze fills in. Throws when a field does not exist or the value is not one the core allows.
 */
export function pinSchemaFields(schema: JsonSchema, pins: Readonly<Record<string, string>>): JsonSchema {
  const properties = { ...schemaProperties(schema) };
  for (const [field, value] of Object.entries(pins)) {
    const property = properties[field];
    if (!property) throw new Error(`cannot pin ${field}: the schema has no such field`);
    const allowed = property.enum;
    if (Array.isArray(allowed) && !allowed.includes(value)) throw new Error(`cannot pin ${field} to ${value}: not one of ${allowed.join(", ")}`);
    properties[field] = { ...property, enum: [value], default: value };
  }
  return { ...schema, properties };
}
