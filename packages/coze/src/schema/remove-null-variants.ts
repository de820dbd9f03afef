import type { JsonSchema } from "@crazyrouter/core";
import { mergeVariant } from "./merge-variant.js";
import { isSchemaNode } from "./schema-node.js";

const UNION_KEYWORDS = ["anyOf", "oneOf"] as const;

function isNullSchema(value: unknown): boolean {
  return isSchemaNode(value) && value.type === "null";
}

/**
 * Nullable → the non-null form: `type: [x, "null"]` becomes `type: x`, a `{type: "null"}` variant leaves its union,
 * and OpenAPI's `nullable` goes. Coze fields are never null: it cannot declare null, and a null answer field breaks
 * its output mapping. Returns the input itself when there is nothing to remove.
 */
export function removeNullVariants(schema: JsonSchema): JsonSchema {
  let result = schema;
  if (Array.isArray(result.type) && result.type.includes("null")) {
    const types = result.type.filter((type) => type !== "null");
    result = { ...result, type: types.length === 1 ? types[0] : types };
  }
  if ("nullable" in result) {
    const { nullable: _nullable, ...rest } = result;
    result = rest;
  }
  for (const keyword of UNION_KEYWORDS) {
    const variants = result[keyword];
    if (!Array.isArray(variants) || !variants.some(isNullSchema)) continue;
    const { [keyword]: _union, ...outer } = result;
    const nonNull = variants.filter((variant): variant is JsonSchema => isSchemaNode(variant) && !isNullSchema(variant));
    const [only] = nonNull;
    result = nonNull.length === 1 && only ? mergeVariant(outer, only) : { ...outer, [keyword]: nonNull };
  }
  return result;
}
