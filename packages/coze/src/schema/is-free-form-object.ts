import type { JsonSchema } from "@crazyrouter/core";
import { schemaProperties } from "./schema-node.js";

/**
 * An object that declares no properties: a record or any-JSON field (a tool's parameters schema). Coze can only
 * offer typed fields, so such a field cannot be filled in Coze at all and is left out.
 */
export function isFreeFormObject(schema: JsonSchema): boolean {
  return schema.type === "object" && Object.keys(schemaProperties(schema)).length === 0;
}
