import type { JsonSchema } from "@crazyrouter/core";

/**
 * Replaces a union by one of its variants. Keys written beside the union (its description, its default) belong to
 * the field, not to the variant, so they win over the variant's own.
 */
export function mergeVariant(outer: JsonSchema, variant: JsonSchema): JsonSchema {
  return { ...variant, ...outer };
}
