import { plainError } from "./coze-runtime-error.js";
import type { CozeSchema } from "./coze-schema.js";
import { goTypeName, isGoObject, JsonNumber, toGoJson, type GoObject, type GoValue } from "./go-json.js";

const GO_BOOL_TEXT: Readonly<Record<string, boolean>> = {
  "1": true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  "0": false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

function parseGoBool(text: string): boolean {
  const parsed = GO_BOOL_TEXT[text];
  if (parsed === undefined) throw plainError(`strconv.ParseBool: parsing ${JSON.stringify(text)}: invalid syntax`);
  return parsed;
}

/**
 * `strconv.ParseFloat` for decimal text. Go also reads "inf", "nan" and hex floats, but Coze could not encode
 * such a value into the JSON body anyway, so they fail here as a syntax error.
 */
function parseGoFloat(text: string): number {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) throw plainError(`strconv.ParseFloat: parsing ${JSON.stringify(text)}: invalid syntax`);
  return Number(text);
}

/** `strconv.ParseInt(text, 10, 64)` with its error ignored, as Coze does: anything but a plain integer is 0. */
function parseGoIntIgnoringErrors(text: string): number {
  return /^[+-]?\d+$/.test(text) ? Number(text) : 0;
}

function toGoString(value: GoValue): string {
  if (typeof value === "string") return value;
  if (value instanceof JsonNumber) return value.text;
  // Anything else is marshalled to JSON: a list given for a text field arrives as the text of that list.
  return toGoJson(value);
}

function toGoFloat(value: GoValue): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseGoFloat(value);
  if (value instanceof JsonNumber) return parseGoFloat(value.text);
  throw plainError(`cannot convert type from '${goTypeName(value)}' to float64`);
}

function toGoInt(value: GoValue): number {
  if (typeof value === "number") return Math.trunc(value);
  if (typeof value === "string") return parseGoIntIgnoringErrors(value);
  if (value instanceof JsonNumber) return parseGoIntIgnoringErrors(value.text);
  throw plainError(`cannot convert type from '${goTypeName(value)}' to int64`);
}

function toGoBool(value: GoValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return parseGoBool(value);
  throw plainError(`cannot convert type from '${goTypeName(value)}' to bool`);
}

/**
 * Coze Studio's `TryCorrectValueType` (domain/plugin/internal/encoder/req_encode.go), applied to every top-level
 * body field the call carries: each value is converted to its declared type before the body is encoded.
 * - string: numbers keep their text; a list or an object is sent as its JSON text;
 * - number: text and numbers become a float; integer: a value that is not a plain integer silently becomes 0;
 * - boolean: Go's ParseBool spellings; array and object: a value of another shape stops the call
 *   ("value 'input' is not array"); items and declared object fields are converted in turn, undeclared object
 *   fields pass unchanged; a null anywhere stops the call.
 */
export function correctValueType(name: string, schema: CozeSchema, value: GoValue): GoValue {
  if (value === null) throw plainError(`value of '${name}' is nil`);
  switch (schema.type) {
    case "string":
      return toGoString(value);
    case "number":
      return toGoFloat(value);
    case "integer":
      return toGoInt(value);
    case "boolean":
      return toGoBool(value);
    case "array": {
      if (!Array.isArray(value)) throw plainError(`[TryCorrectValueType] value '${name}' is not array`);
      const items = schema.items ?? {};
      return value.map((item) => correctValueType(name, items, item));
    }
    case "object": {
      if (!isGoObject(value)) throw plainError(`[TryCorrectValueType] value '${name}' is not object`);
      const corrected: GoObject = {};
      for (const [key, item] of Object.entries(value)) {
        const property = schema.properties?.[key];
        corrected[key] = property ? correctValueType(key, property, item) : item;
      }
      return corrected;
    }
    default:
      throw plainError(`[TryCorrectValueType] unsupported schema type '${schema.type ?? ""}'`);
  }
}
