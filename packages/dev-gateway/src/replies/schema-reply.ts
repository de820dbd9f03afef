type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === "object" && value !== null && !Array.isArray(value);

function typeOf(schema: Schema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type.filter((type) => type !== "null") : [schema.type];
  if (typeof types[0] === "string") return types[0];
  if (isSchema(schema.properties)) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
}

/**
 * A value that follows a reply schema, as a model answering in structured output would give: every property
 * present (strict mode requires them all), strings carrying `text` so tests see which message was answered, the
 * first enum value, the lowest number allowed, arrays at their minimum length. Deterministic, so tests can expect it.
 */
export function schemaReply(schema: unknown, text: string, depth = 0): unknown {
  if (!isSchema(schema) || depth > 32) return null;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const choice = [schema.anyOf, schema.oneOf].find((list) => Array.isArray(list) && list.length > 0) as unknown[] | undefined;
  if (choice) return schemaReply(choice[0], text, depth + 1);
  switch (typeOf(schema)) {
    case "object": {
      const properties = isSchema(schema.properties) ? schema.properties : {};
      return Object.fromEntries(Object.entries(properties).map(([name, inner]) => [name, schemaReply(inner, text, depth + 1)]));
    }
    case "array": {
      const count = typeof schema.minItems === "number" ? schema.minItems : 0;
      return Array.from({ length: count }, () => schemaReply(schema.items, text, depth + 1));
    }
    case "string":
      return text;
    case "number":
    case "integer":
      return typeof schema.minimum === "number" ? schema.minimum : 0;
    case "boolean":
      return false;
    default:
      return null;
  }
}
