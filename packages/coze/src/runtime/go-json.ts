/**
 * JSON as Coze Studio's Go backend holds it. Coze decodes tool arguments and gateway answers with `UseNumber()`,
 * so a number keeps its literal text (a Go `json.Number`) until a declared type converts it; several runtime
 * rules depend on that (an integer field given `1.5` becomes 0, not 1). Everything else maps one to one.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export type GoValue = null | string | boolean | number | JsonNumber | GoValue[] | GoObject;
export interface GoObject {
  [key: string]: GoValue;
}

/** The reviver context Node >= 21 passes (JSON.parse source text access), which ES2023's lib does not type yet. */
interface ReviverContext {
  source?: string;
}

/** Parses JSON keeping each number's literal text, as Go's decoder with `UseNumber()` does. */
export function parseGoJson(text: string): GoValue {
  return JSON.parse(text, function (this: unknown, _key: string, value: unknown, context?: ReviverContext) {
    return typeof value === "number" ? new JsonNumber(context?.source ?? String(value)) : value;
  }) as GoValue;
}

export function isGoObject(value: GoValue | undefined): value is GoObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);
}

/** What Go's `%T` prints for a decoded value, which Coze puts into its error messages. */
export function goTypeName(value: GoValue | undefined): string {
  if (value === null || value === undefined) return "<nil>";
  if (value instanceof JsonNumber) return "json.Number";
  if (Array.isArray(value)) return "[]interface {}";
  if (typeof value === "object") return "map[string]interface {}";
  if (typeof value === "number") return Number.isInteger(value) ? "int64" : "float64";
  return typeof value === "boolean" ? "bool" : "string";
}

/** Encodes a value as Coze sends it: numbers that were never converted keep their literal text. */
export function toGoJson(value: GoValue): string {
  if (value instanceof JsonNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(toGoJson).join(",")}]`;
  if (isGoObject(value))
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toGoJson(item)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** The plain JavaScript value of a Go value (numbers as numbers), for assertions and for the JSON the model reads. */
export function toPlain(value: GoValue): unknown {
  return JSON.parse(toGoJson(value));
}
