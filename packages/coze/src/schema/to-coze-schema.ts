import type { JsonSchema } from "@crazyrouter/core";
import { constToEnum } from "./const-to-enum.js";
import { fitDescription } from "./fit-description.js";
import { isFreeFormObject } from "./is-free-form-object.js";
import { keepCozeKeywords } from "./keep-coze-keywords.js";
import { pickUnionVariant } from "./pick-union-variant.js";
import { removeNullVariants } from "./remove-null-variants.js";
import { restateConstraints } from "./restate-constraints.js";
import { isSchemaNode, schemaProperties, schemaRequired } from "./schema-node.js";

export interface CozeSchemaOptions {
  /** Write enums, defaults and limits into descriptions (for inputs, which the model fills). */
  restateConstraints: boolean;
}

function needsNormalising(schema: JsonSchema): boolean {
  return Array.isArray(schema.type) || "anyOf" in schema || "oneOf" in schema || "const" in schema || "nullable" in schema;
}

/** One node in the shape Coze reads: single type, no union, no null; a variant may itself be nullable or a union. */
function normalise(schema: JsonSchema): JsonSchema {
  let node = schema;
  while (needsNormalising(node)) node = constToEnum(pickUnionVariant(removeNullVariants(node)));
  return node;
}

/**
 * Converts one of the core's JSON Schemas (draft 2020-12, as zod emits it) into the inline OpenAPI 3.0 subset Coze
 * imports: every node has one explicit type, arrays have typed items, no unions, no null, no record fields, only
 * the keywords Coze keeps. Throws, naming the node, when a node cannot be given a type: a wrong guess would reach
 * users as a tool that silently sends the wrong thing.
 */
export function toCozeSchema(schema: JsonSchema, options: CozeSchemaOptions, at = "#"): JsonSchema {
  const node = normalise(schema);
  const result: JsonSchema = { ...node };
  if (node.type === "object") {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(schemaProperties(node))) {
      const converted = toCozeSchema(property, options, `${at}/properties/${name}`);
      if (!isFreeFormObject(converted)) properties[name] = converted;
    }
    const required = schemaRequired(node).filter((name) => name in properties);
    result.properties = properties;
    result.required = required.length > 0 ? required : undefined;
  }
  if (node.type === "array") {
    if (!isSchemaNode(node.items)) throw new Error(`${at}: an array without an items schema`);
    result.items = toCozeSchema(node.items, options, `${at}/items`);
  }
  if (typeof result.type !== "string") throw new Error(`${at}: no single type (${JSON.stringify(schema)})`);
  const description = options.restateConstraints
    ? fitDescription(typeof node.description === "string" ? node.description : undefined, restateConstraints(node))
    : node.description;
  result.description = description ? description : undefined;
  return keepCozeKeywords(result);
}
