import type { JsonSchema } from "@crazyrouter/core";
import { mergeVariant } from "./merge-variant.js";
import { isSchemaNode } from "./schema-node.js";

const SCALAR_TYPES = new Set(["string", "number", "integer", "boolean"]);

/** A union nested straight inside a union (zod emits these for nullable unions) is the same union. */
function flattenVariants(variants: readonly unknown[]): JsonSchema[] {
  return variants.flatMap((variant): JsonSchema[] => {
    if (!isSchemaNode(variant)) return [];
    const nested = variant.anyOf ?? variant.oneOf;
    if (Array.isArray(nested) && variant.type === undefined) return flattenVariants(nested);
    return [variant];
  });
}

/** In a "one or many" union (a string, or a list of strings) the list form. */
function oneOrManyList(variants: readonly JsonSchema[]): JsonSchema | undefined {
  if (variants.length !== 2) return undefined;
  const list = variants.find((variant) => variant.type === "array");
  const single = variants.find((variant) => variant !== list);
  if (!list || !single || !isSchemaNode(list.items)) return undefined;
  const singleType = single.type;
  return typeof singleType === "string" && SCALAR_TYPES.has(singleType) && list.items.type === singleType ? list : undefined;
}

/**
 * Coze has no unions, so a union becomes one of its forms. The core orders the simple form first (a message's
 * content as a string), so the first variant wins, except in a "one or many" union (a text or a list of texts):
 * there the list wins, because it still carries a single value and is the only form that can carry several
 * (embedding a batch of texts in one call). A `type` list keeps its first type. Returns the input itself when it
 * holds no union.
 */
export function pickUnionVariant(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type)) return { ...schema, type: schema.type[0] };
  const keyword = Array.isArray(schema.anyOf) ? "anyOf" : Array.isArray(schema.oneOf) ? "oneOf" : undefined;
  if (!keyword) return schema;
  const { [keyword]: union, ...outer } = schema;
  const variants = flattenVariants(union as unknown[]);
  const chosen = oneOrManyList(variants) ?? variants[0];
  if (!chosen) throw new Error(`a union with no usable variant: ${JSON.stringify(schema)}`);
  return mergeVariant(outer, chosen);
}
