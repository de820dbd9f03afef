import type { JsonSchema } from "../operations/request-json-schema.js";

/** The keywords zod writes for the core's answer schemas; `$schema` and `description` check nothing. */
const KNOWN_KEYWORDS = new Set([
  "$schema",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "anyOf",
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What zod's checks of that type accept: finite numbers only, objects that are not arrays. */
function hasType(value: unknown, type: unknown): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return false;
  }
}

type Check = (value: unknown) => boolean;

const never: Check = () => false;
const always: Check = () => true;
const allOf =
  (checks: readonly Check[]): Check =>
  (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
const isCount = (bound: unknown): bound is number => typeof bound === "number";

/**
 * The schema turned once into a tree of checks. Interpreting the schema on every answer (reading its keywords at
 * every node) cost ~7 us per chat answer, three times zod's compiled parser; the compiled tree costs less.
 */
function compile(schema: JsonSchema): Check {
  for (const keyword of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(keyword)) return never;
  const { type, properties, required, additionalProperties, items, minItems, maxItems, minLength, maxLength, anyOf } = schema;
  const checks: Check[] = [];
  if (type !== undefined) {
    const types: readonly unknown[] = Array.isArray(type) ? type : [type];
    checks.push((value) => types.some((one) => hasType(value, one)));
  }
  if (anyOf !== undefined) {
    if (!Array.isArray(anyOf)) return never;
    const branches = anyOf.map((branch) => (isPlainObject(branch) ? compile(branch) : never));
    checks.push((value) => branches.some((branch) => branch(value)));
  }
  if (minLength !== undefined) checks.push((value) => typeof value !== "string" || (isCount(minLength) && value.length >= minLength));
  if (maxLength !== undefined) checks.push((value) => typeof value !== "string" || (isCount(maxLength) && value.length <= maxLength));
  if (minItems !== undefined) checks.push((value) => !Array.isArray(value) || (isCount(minItems) && value.length >= minItems));
  if (maxItems !== undefined) checks.push((value) => !Array.isArray(value) || (isCount(maxItems) && value.length <= maxItems));
  if (items !== undefined) {
    const item = isPlainObject(items) ? compile(items) : never;
    checks.push((value) => !Array.isArray(value) || value.every(item));
  }
  if (required !== undefined) {
    const keys = Array.isArray(required) && required.every((key) => typeof key === "string") ? required : undefined;
    checks.push((value) => !isPlainObject(value) || (keys !== undefined && keys.every((key) => Object.hasOwn(value, key))));
  }
  if (properties !== undefined || additionalProperties !== undefined) checks.push(compileFields(properties, additionalProperties));
  return checks.length === 0 ? always : allOf(checks);
}

/** An object's fields: declared ones by their schema, undeclared ones only under `additionalProperties: {}` (looseObject). */
function compileFields(properties: unknown, additionalProperties: unknown): Check {
  if (properties !== undefined && !isPlainObject(properties)) return (value) => !isPlainObject(value);
  const declared = new Map(Object.entries(properties ?? {}).map(([key, field]) => [key, isPlainObject(field) ? compile(field) : never]));
  const undeclared = isPlainObject(additionalProperties) ? compile(additionalProperties) : never;
  return (value) => {
    if (!isPlainObject(value)) return true;
    for (const key in value) if (Object.hasOwn(value, key) && !(declared.get(key) ?? undeclared)(value[key])) return false;
    return true;
  };
}

const compiled = new WeakMap<JsonSchema, Check>();

/**
 * Whether a JSON value satisfies a JSON Schema written by zod's `toJSONSchema`, for the few keywords the core's
 * answer schemas use. It answers true only when it is sure: any other keyword makes it answer false. The client
 * uses it to skip building and running zod for an answer that is well-formed and asks zod about every other one,
 * so it may be stricter than zod but must never be looser. Lengths are counted as zod counts them (UTF-16 units).
 */
export function matchesJsonSchema(value: unknown, schema: JsonSchema): boolean {
  let check = compiled.get(schema);
  if (!check) {
    check = compile(schema);
    compiled.set(schema, check);
  }
  return check(value);
}
