import type { z } from "zod";

/**
 * A request body checked against its zod schema without running zod's parser, for the shapes requests take:
 * strict objects, arrays, unions, records, optional and nullable fields, strings, numbers, booleans, literals,
 * enums. Every check on a value (lengths, ranges, patterns, whole numbers, `trim`, refinements) is zod's own
 * check object, run as zod runs it; only the walk over the structure is ours.
 *
 * Why: a chat call's request has some 40 optional fields. On a client that sleeps between calls, zod's compiled
 * parser for them ran cold on every call (~15 us measured against ~3 us warm), more than any other step of
 * preparing the request. This walk touches only the fields that are present.
 *
 * It answers only when it is sure: `undefined` means "ask zod", for anything it does not know (a schema kind,
 * a check that is asynchronous, a field present with the value `undefined`, an object that is not plain) and
 * for anything zod would refuse, so that zod writes the error. When it does answer, the value equals zod's
 * output, key order included. A test holds it to that with zod as the judge.
 */
export function parseCommonShapes<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const result = walk(schema as unknown as Schema, value);
  return result === REFUSED || result === UNSURE ? undefined : (result as T);
}

const REFUSED = Symbol("refused by zod");
const UNSURE = Symbol("not sure what zod would say");
type Outcome = unknown;

/** The parts of zod's internal schema and check objects this walk reads (zod 4). */
interface Check {
  _zod: {
    def: { check?: string; when?: (payload: Payload) => boolean };
    check: (payload: Payload) => unknown;
  };
}
interface Schema extends Check {
  _zod: Check["_zod"] & {
    def: Check["_zod"]["def"] & {
      type: string;
      checks?: Check[];
      shape?: Record<string, Schema>;
      catchall?: Schema;
      innerType?: Schema;
      element?: Schema;
      options?: Schema[];
      keyType?: Schema;
      valueType?: Schema;
      coerce?: boolean;
      discriminator?: string;
      inclusive?: boolean;
    };
    traits: Set<string>;
    values?: Set<unknown>;
  };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function walk(schema: Schema, value: unknown): Outcome {
  const def = schema._zod.def;
  if (def.coerce) return UNSURE;
  let parsed: Outcome;
  switch (def.type) {
    case "string":
      parsed = typeof value === "string" ? value : REFUSED;
      break;
    case "number":
      parsed = typeof value === "number" && Number.isFinite(value) ? value : REFUSED;
      break;
    case "boolean":
      parsed = typeof value === "boolean" ? value : REFUSED;
      break;
    case "literal":
    case "enum":
      parsed = schema._zod.values?.has(value) ? value : REFUSED;
      break;
    case "unknown":
    case "any":
      parsed = value;
      break;
    case "optional":
      parsed = value === undefined ? UNSURE : walk(def.innerType!, value);
      break;
    case "nullable":
      parsed = value === null ? null : walk(def.innerType!, value);
      break;
    case "array":
      parsed = walkArray(def.element!, value);
      break;
    case "object":
      parsed = walkObject(def.shape!, def.catchall, value);
      break;
    case "record":
      parsed = walkRecord(def.keyType!, def.valueType!, value);
      break;
    case "union":
      // An exclusive union (z.xor) refuses a value two options accept: taking the first would be looser than zod.
      if (def.inclusive === false && def.discriminator === undefined) return UNSURE;
      parsed = walkUnion(def.options!, value);
      break;
    default:
      return UNSURE;
  }
  if (parsed === REFUSED || parsed === UNSURE) return parsed;
  return runChecks(schema, parsed);
}

/** zod runs a schema's checks on its parsed value, the schema first when it is a check itself (`z.int()`). */
function runChecks(schema: Schema, value: unknown): Outcome {
  const checks = schema._zod.traits.has("$ZodCheck") ? [schema, ...(schema._zod.def.checks ?? [])] : (schema._zod.def.checks ?? []);
  if (checks.length === 0) return value;
  const payload: Payload = { value, issues: [] };
  for (const check of checks) {
    const { when } = check._zod.def;
    if (when && !when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise) return UNSURE;
    if (payload.issues.length > 0) return REFUSED;
  }
  return payload.value;
}

function walkArray(element: Schema, value: unknown): Outcome {
  if (!Array.isArray(value)) return REFUSED;
  const items: unknown[] = [];
  for (const item of value as unknown[]) {
    const parsed = walk(element, item);
    if (parsed === REFUSED || parsed === UNSURE) return parsed;
    items.push(parsed);
  }
  return items;
}

/** Fields in the shape's order, as zod writes them; only a strict object (unknown keys refused) is walked. */
function walkObject(shape: Record<string, Schema>, catchall: Schema | undefined, value: unknown): Outcome {
  if (catchall?._zod.def.type !== "never") return UNSURE;
  if (!isPlainObject(value)) return typeof value === "object" && value !== null && !Array.isArray(value) ? UNSURE : REFUSED;
  for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return REFUSED;
  const parsed: Record<string, unknown> = {};
  for (const key in shape) {
    const field = shape[key]!;
    if (!Object.hasOwn(value, key)) {
      // A missing field is refused unless its schema takes `undefined` (z.unknown() does): zod decides that.
      if (field._zod.def.type !== "optional") return UNSURE;
      continue;
    }
    const result = walk(field, value[key]);
    if (result === REFUSED || result === UNSURE) return result;
    parsed[key] = result;
  }
  return parsed;
}

function walkRecord(keyType: Schema, valueType: Schema, value: unknown): Outcome {
  if (keyType._zod.def.type !== "string") return UNSURE;
  if (!isPlainObject(value)) return UNSURE;
  if (Object.getOwnPropertySymbols(value).length > 0 || Object.hasOwn(value, "__proto__")) return UNSURE;
  const parsed: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const parsedKey = walk(keyType, key);
    if (parsedKey === REFUSED || parsedKey === UNSURE) return parsedKey;
    if (parsedKey !== key) return UNSURE;
    const field = walk(valueType, value[key]);
    if (field === REFUSED || field === UNSURE) return field;
    parsed[key] = field;
  }
  return parsed;
}

/**
 * zod takes the first option that accepts the value, so an option this walk is unsure of ends the walk. A
 * discriminated union runs only the option its tag names; the others refuse that tag, so the first accepting is the same.
 */
function walkUnion(options: readonly Schema[], value: unknown): Outcome {
  for (const option of options) {
    const parsed = walk(option, value);
    if (parsed !== REFUSED) return parsed;
  }
  return REFUSED;
}
