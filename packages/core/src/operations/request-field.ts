import type { OperationDefinition } from "./operation-definition.js";
import { requestJsonSchema, type JsonSchema } from "./request-json-schema.js";

/** What the core says about one request field, for adapters that build their inputs from it. */
export interface RequestField {
  description: string;
  /** The JSON type of the field's first typed form (a union such as `stop` has several). */
  type: string | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  /** For lists: how many items at most. */
  maxItems: number | undefined;
  /** Allowed values: the enum, or the constants of a tagged union's forms (`response_format.type`). */
  options: string[] | undefined;
}

function isNode(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node and its union's forms, nested unions and nullable forms flattened. */
function forms(node: JsonSchema): JsonSchema[] {
  const union = node.anyOf ?? node.oneOf;
  if (!Array.isArray(union)) return [node];
  return [node, ...union.filter(isNode).flatMap(forms)].filter((form) => form.type !== "null");
}

function child(node: JsonSchema, step: string): JsonSchema[] {
  return forms(node).flatMap((form) => {
    const next = step === "[]" ? form.items : isNode(form.properties) ? form.properties[step] : undefined;
    return isNode(next) ? [next] : [];
  });
}

function first<T>(nodes: readonly JsonSchema[], read: (node: JsonSchema) => T | undefined): T | undefined {
  for (const node of nodes) {
    const value = read(node);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Reads one request field of an operation from the core's JSON Schema: `temperature`, `response_format.type`,
 * `messages[].role`. Unions are looked through (their forms are the field's forms); in a tagged union the tag's
 * constants are its options. Throws when the core has no such field, so a renamed field fails the adapter's build.
 */
export function requestField(operation: OperationDefinition, path: string): RequestField {
  const root = requestJsonSchema(operation);
  if (!root) throw new Error(`${operation.id} has no request body`);
  let nodes: JsonSchema[] = [root];
  let description = "";
  for (const step of path.replaceAll("[]", ".[]").split(".").filter(Boolean)) {
    nodes = nodes.flatMap((node) => child(node, step));
    if (nodes.length === 0) throw new Error(`${operation.id} has no request field ${path}`);
    description = first(nodes, (node) => (typeof node.description === "string" ? node.description : undefined)) ?? description;
  }
  const all = nodes.flatMap(forms);
  const enums = all.flatMap((node) => (Array.isArray(node.enum) ? node.enum.map(String) : []));
  const constants = all.flatMap((node) => ("const" in node ? [String(node.const)] : []));
  const options = [...new Set([...enums, ...constants])];
  return {
    description,
    type: first(all, (node) => (typeof node.type === "string" ? node.type : undefined)),
    minimum: first(all, (node) => (typeof node.minimum === "number" ? node.minimum : undefined)),
    maximum: first(all, (node) => (typeof node.maximum === "number" ? node.maximum : undefined)),
    maxItems: first(all, (node) => (typeof node.maxItems === "number" ? node.maxItems : undefined)),
    options: options.length > 0 ? options : undefined,
  };
}

/** Top-level request field names of an operation, in the core's order. */
export function requestFieldNames(operation: OperationDefinition): string[] {
  const properties = requestJsonSchema(operation)?.properties;
  return isNode(properties) ? Object.keys(properties) : [];
}
