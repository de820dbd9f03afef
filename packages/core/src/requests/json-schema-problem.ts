const TYPE_NAMES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
const SCHEMA_MAPS = ["properties", "$defs", "definitions", "patternProperties"] as const;
const SCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"] as const;
const SCHEMA_VALUES = ["items", "additionalProperties", "not", "contains", "if", "then", "else"] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isSchema = (value: unknown) => isObject(value) || typeof value === "boolean";

/**
 * The first structural mistake in a JSON Schema a reply must follow, as `[path, problem]`, or undefined. Only what
 * makes a schema unusable whatever the model: a schema that is not an object, an unknown type name, `properties`
 * that are not schemas, `required` naming nothing. Which keywords a model supports is the gateway's to say.
 */
export function jsonSchemaProblem(schema: unknown, path = ""): [string, string] | undefined {
  if (!isObject(schema)) return [path, 'a JSON Schema is an object such as {"type": "object", "properties": {...}}'];
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const unknown = types.find((type) => typeof type !== "string" || !TYPE_NAMES.has(type));
  if (unknown !== undefined) return [`${path}.type`, `${JSON.stringify(unknown)} is not a JSON Schema type (use ${[...TYPE_NAMES].join(", ")})`];
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (map === undefined) continue;
    if (!isObject(map)) return [`${path}.${key}`, `${key} maps names to schemas`];
    for (const [name, inner] of Object.entries(map)) {
      if (!isSchema(inner)) return [`${path}.${key}.${name}`, "each property is described by a schema object"];
      const problem = isObject(inner) ? jsonSchemaProblem(inner, `${path}.${key}.${name}`) : undefined;
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) return [`${path}.${key}`, `${key} is a non-empty list of schemas`];
    for (const [index, inner] of list.entries()) {
      const problem = isSchema(inner)
        ? isObject(inner)
          ? jsonSchemaProblem(inner, `${path}.${key}[${index}]`)
          : undefined
        : [`${path}.${key}[${index}]`, "not a schema"];
      if (problem) return problem as [string, string];
    }
  }
  for (const key of SCHEMA_VALUES) {
    const inner = schema[key];
    if (inner === undefined) continue;
    if (!isSchema(inner)) return [`${path}.${key}`, `${key} is a schema`];
    const problem = isObject(inner) ? jsonSchemaProblem(inner, `${path}.${key}`) : undefined;
    if (problem) return problem;
  }
  if (schema.required !== undefined) {
    const required: unknown = schema.required;
    if (!Array.isArray(required) || required.some((name) => typeof name !== "string")) return [`${path}.required`, "required is a list of property names"];
    const properties = isObject(schema.properties) ? schema.properties : undefined;
    const missing = properties && (required as string[]).find((name) => !Object.hasOwn(properties, name));
    if (missing !== undefined) return [`${path}.required`, `"${missing}" is required but not among the properties`];
  }
  if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0)) return [`${path}.enum`, "enum is a non-empty list of values"];
  return undefined;
}
