import type { JsonSchema } from "@crazyrouter/core";
import { isSchemaNode, schemaProperties, schemaRequired } from "./schema-node.js";

const UNION_KEYWORDS = ["anyOf", "oneOf"] as const;

/** The field every variant fixes to one constant (`role` of a message, `type` of a reply format), if any. */
function tagField(variants: readonly JsonSchema[]): string | undefined {
  const [first] = variants;
  if (!first) return undefined;
  return Object.keys(schemaProperties(first)).find((name) => variants.every((variant) => "const" in (schemaProperties(variant)[name] ?? {})));
}

/** One object that can take every variant's form: the tag lists every variant's value, a field any variant has is kept. */
function mergeVariants(outer: JsonSchema, variants: readonly JsonSchema[], tag: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const forms: Record<string, JsonSchema[]> = {};
  for (const variant of variants) {
    for (const [name, property] of Object.entries(schemaProperties(variant))) (forms[name] ??= []).push(property);
  }
  for (const [name, schemas] of Object.entries(forms)) {
    if (name === tag) {
      const [first] = schemas;
      properties[name] = { type: first?.type ?? "string", enum: schemas.map((schema) => schema.const) };
    } else {
      const distinct = schemas.filter((schema, index) => schemas.findIndex((other) => JSON.stringify(other) === JSON.stringify(schema)) === index);
      properties[name] = distinct.length === 1 && distinct[0] ? distinct[0] : { anyOf: distinct };
    }
  }
  // Required only what every form requires: the merged object must accept each of them.
  const required = schemaRequired(variants[0] ?? {}).filter((name) => variants.every((variant) => schemaRequired(variant).includes(name)));
  return { ...outer, type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

function mergeNode(schema: JsonSchema): JsonSchema {
  let node: JsonSchema = { ...schema };
  for (const keyword of UNION_KEYWORDS) {
    const union = node[keyword];
    if (!Array.isArray(union)) continue;
    const variants = union.filter(isSchemaNode).map(mergeNode);
    const tag = variants.length > 1 && variants.every((variant) => variant.type === "object") ? tagField(variants) : undefined;
    if (tag) {
      const { [keyword]: _union, ...outer } = node;
      node = mergeVariants(outer, variants, tag);
    } else {
      node = { ...node, [keyword]: variants };
    }
  }
  if (isSchemaNode(node.properties))
    node.properties = Object.fromEntries(Object.entries(schemaProperties(node)).map(([name, property]) => [name, mergeNode(property)]));
  if (isSchemaNode(node.items)) node.items = mergeNode(node.items);
  return node;
}

/**
 * Coze has no unions, so a union of object forms told apart by a constant field (a message by its `role`, a reply
 * format by its `type`) becomes one object: the tag field lists every form's value, every form's fields are kept
 * (a field several forms declare differently becomes their union, which later reshaping narrows), and only what
 * every form requires stays required. Other unions are left for `pickUnionVariant`.
 */
export function mergeTaggedUnions(schema: JsonSchema): JsonSchema {
  return mergeNode(schema);
}
