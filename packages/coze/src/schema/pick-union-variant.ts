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

/** In a "one or many" union (a string, or a list of strings; token lists may come along) the list of the first scalar. */
function oneOrManyList(variants: readonly JsonSchema[]): JsonSchema | undefined {
  const single = variants.find((variant) => typeof variant.type === "string" && SCALAR_TYPES.has(variant.type));
  if (!single) return undefined;
  return variants.find((variant) => variant.type === "array" && isSchemaNode(variant.items) && variant.items.type === single.type);
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
