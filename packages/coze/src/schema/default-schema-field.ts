import type { JsonSchema } from "@crazyrouter/core";
import { schemaRequired } from "./schema-node.js";
import { fieldSteps, updateSchemaField } from "./update-schema-field.js";

/**
 * The field made optional with a default. Coze fills a declared default whenever the model leaves the field out,
 * although the model never sees it (the description must say it): a call can then leave the field out.
 */
export function defaultSchemaField(schema: JsonSchema, field: string, value: string): JsonSchema {
  const steps = fieldSteps(field);
  const name = steps.at(-1);
  if (name === undefined || name === "[]") throw new Error(`cannot default ${field}: not a named field`);
  const parentPath = field.slice(0, Math.max(0, field.length - name.length)).replace(/\.$/, "");
  const withDefault = updateSchemaField(schema, field, (node) => ({ ...node, default: value }));
  return updateSchemaField(withDefault, parentPath, (parent) => {
    if (!Array.isArray(parent.required)) return parent;
    const required = schemaRequired(parent).filter((entry) => entry !== name);
    return { ...parent, required };
  });
}
