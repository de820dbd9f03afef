import type { JsonSchema } from "@crazyrouter/core";
import { mergeVariant } from "./merge-variant.js";
import { removeNullVariants } from "./remove-null-variants.js";
import { isSchemaNode, schemaProperties, schemaRequired } from "./schema-node.js";

/**
 * Which answer fields a Coze tool shows the model: `true` keeps a field as the core describes it, `fields` keeps
 * only some fields of an object (or of each object in a list), `variant` picks one form of a union by its type
 * and may give a list's untyped items a type.
 */
export type FieldView = true | { readonly fields: ResponseView } | { readonly variant: string; readonly itemType?: string };

export type ResponseView = { readonly [field: string]: FieldView };

function pickVariant(schema: JsonSchema, type: string, itemType: string | undefined, at: string): JsonSchema {
  const node = removeNullVariants(schema);
  const union = node.anyOf ?? node.oneOf;
  const variants = Array.isArray(union) ? union.filter(isSchemaNode) : [node];
  const chosen = variants.find((variant) => variant.type === type);
  if (!chosen) throw new Error(`${at}: no ${type} form to pick`);
  const { anyOf: _anyOf, oneOf: _oneOf, ...outer } = node;
  const picked = mergeVariant(outer, chosen);
  if (!itemType) return picked;
  const items = isSchemaNode(picked.items) ? picked.items : {};
  return { ...picked, items: { type: itemType, ...items } };
}

function applyFieldView(schema: JsonSchema, view: FieldView, at: string): JsonSchema {
  if (view === true) return schema;
  if ("variant" in view) return pickVariant(schema, view.variant, view.itemType, at);
  return applyResponseView(schema, view.fields, at);
}

/**
 * The core's answer schema narrowed to the fields a view names, in the view's order. Nullable wrappers are looked
 * through and a list applies the view to its items. Throws when the view names a field the core does not
 * describe, so a renamed field in the core fails the build instead of vanishing from the tool.
 */
export function applyResponseView(schema: JsonSchema, view: ResponseView, at = "#"): JsonSchema {
  const node = removeNullVariants(schema);
  if (node.type === "array") {
    if (!isSchemaNode(node.items)) throw new Error(`${at}: a list without items`);
    return { ...node, items: applyResponseView(node.items, view, `${at}/items`) };
  }
  const properties = schemaProperties(node);
  const kept: Record<string, JsonSchema> = {};
  for (const [name, fieldView] of Object.entries(view)) {
    const property = properties[name];
    if (!property) throw new Error(`${at}: the core's answer has no field "${name}"`);
    kept[name] = applyFieldView(property, fieldView, `${at}/properties/${name}`);
  }
  const required = schemaRequired(node).filter((name) => name in kept);
  const { required: _required, ...rest } = node;
  return { ...rest, properties: kept, ...(required.length > 0 ? { required } : {}) };
}
