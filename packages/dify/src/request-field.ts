import { requestJsonSchema, type OperationDefinition } from "@crazyrouter/core";

/** What the core says about one request field: its description and limits, as JSON Schema states them. */
export interface RequestField {
  description: string;
  minimum: number | undefined;
  maximum: number | undefined;
  /** For lists: how many items at most. */
  maxItems: number | undefined;
  options: string[] | undefined;
}

type Schema = Record<string, unknown>;

function asSchema(value: unknown): Schema {
  return typeof value === "object" && value !== null ? (value as Schema) : {};
}

/** Walks `properties` along `path`, looking through anyOf branches for the first that has the next key. */
function descend(schema: Schema, key: string): Schema | undefined {
  const properties = asSchema(schema.properties);
  if (key in properties) return asSchema(properties[key]);
  for (const branch of (schema.anyOf as unknown[] | undefined) ?? []) {
    const found = descend(asSchema(branch), key);
    if (found) return found;
  }
  return undefined;
}

function firstNumber(schema: Schema, key: "minimum" | "maximum" | "maxItems"): number | undefined {
  if (typeof schema[key] === "number") return schema[key] as number;
  for (const branch of (schema.anyOf as unknown[] | undefined) ?? []) {
    const found = firstNumber(asSchema(branch), key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function firstEnum(schema: Schema): string[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map(String);
  for (const branch of (schema.anyOf as unknown[] | undefined) ?? []) {
    const found = firstEnum(asSchema(branch));
    if (found) return found;
  }
  return undefined;
}

/** Reads a field of an operation's request schema, e.g. `requestField(chat, "temperature")`. */
export function requestField(operation: OperationDefinition, ...path: string[]): RequestField {
  let schema = requestJsonSchema(operation);
  if (!schema) throw new Error(`${operation.id} has no request body`);
  let description = "";
  for (const key of path) {
    const next = descend(schema, key);
    if (!next) throw new Error(`${operation.id} has no request field ${path.join(".")}`);
    schema = next;
    if (typeof schema.description === "string") description = schema.description;
  }
  return { description, minimum: firstNumber(schema, "minimum"), maximum: firstNumber(schema, "maximum"), maxItems: firstNumber(schema, "maxItems"), options: firstEnum(schema) };
}

/** Top-level request field names of an operation, in the core's order. */
export function requestFieldNames(operation: OperationDefinition): string[] {
  return Object.keys(asSchema(requestJsonSchema(operation)?.properties));
}
