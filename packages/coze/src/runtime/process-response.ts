import { plainError, statusError } from "./coze-runtime-error.js";
import { isDisabled, type CozeSchema } from "./coze-schema.js";
import { responsesOf, type StoredOperation } from "./stored-tool.js";
import { goTypeName, isGoObject, JsonNumber, parseGoJson, toGoJson, type GoObject, type GoValue } from "./go-json.js";

/**
 * How Coze treats an answer field whose value does not fit its declared type (consts.InvalidResponseProcessStrategy):
 * the Debug panel uses `return-error` (application/plugin `DebugAPI`), agents and workflow nodes `return-default`
 * (agentflow `node_tool_plugin.go`, workflow `nodes/plugin/exec.go`).
 */
export type InvalidResponseStrategy = "return-error" | "return-default";

function mismatch(name: string, expected: string, value: GoValue): never {
  throw statusError(`expected '${name}' to be of type '${expected}', but got '${goTypeName(value)}'`);
}

/** The answer object with only its declared, visible fields, each converted; Coze drops the rest. */
function keepDeclaredFields(value: GoObject, schema: CozeSchema, convert: (name: string, item: GoValue, field: CozeSchema) => GoValue): GoObject {
  const kept: GoObject = {};
  for (const [name, item] of Object.entries(value)) {
    const field = schema.properties?.[name];
    if (field && !isDisabled(field)) kept[name] = convert(name, item, field);
  }
  return kept;
}

function strictValue(name: string, value: GoValue, schema: CozeSchema): GoValue {
  switch (schema.type) {
    case "object": {
      if (!isGoObject(value)) return mismatch(name, "object", value);
      return strictObject(value, schema);
    }
    case "array": {
      if (!Array.isArray(value)) return mismatch(name, "array", value);
      return value.map((item) => strictValue(name, item, schema.items ?? {}));
    }
    case "string":
      return typeof value === "string" ? value : mismatch(name, "string", value);
    case "boolean":
      // The one mismatch Coze raises as a plain error, so Debug shows "internal server error" for it.
      if (typeof value !== "boolean") throw plainError(`expected '${name}' to be of type 'boolean', but got '${goTypeName(value)}'`);
      return value;
    case "integer":
      if (!(value instanceof JsonNumber) || !/^[+-]?\d+$/.test(value.text)) return mismatch(name, "integer", value);
      return Number(value.text);
    case "number":
      return value instanceof JsonNumber ? value : mismatch(name, "number", value);
    default:
      throw plainError(`unsupported type '${schema.type ?? ""}'`);
  }
}

function strictObject(value: GoObject, schema: CozeSchema): GoObject {
  return keepDeclaredFields(value, schema, strictValue);
}

/** `return-default`: a value of the wrong shape becomes its type's zero value; a wrong object or list becomes null. */
function lenientValue(value: GoValue, schema: CozeSchema): GoValue {
  switch (schema.type) {
    case "object":
      return isGoObject(value) ? lenientObject(value, schema) : null;
    case "array":
      return Array.isArray(value) ? value.map((item) => lenientValue(item, schema.items ?? {})).filter((item) => item !== null) : null;
    case "string":
      return typeof value === "string" ? value : "";
    case "boolean":
      return typeof value === "boolean" ? value : false;
    case "integer":
      return value instanceof JsonNumber && /^[+-]?\d+$/.test(value.text) ? Number(value.text) : 0;
    case "number":
      return value instanceof JsonNumber ? value : new JsonNumber("0");
    default:
      throw plainError(`unsupported type '${schema.type ?? ""}'`);
  }
}

function lenientObject(value: GoObject, schema: CozeSchema): GoObject {
  return keepDeclaredFields(value, schema, (_name, item, field) => lenientValue(item, field));
}

/** The `200` answer schema of a stored tool, with the checks Coze makes before reading it. */
function answerSchema(operation: StoredOperation): CozeSchema | undefined {
  const responses = responsesOf(operation);
  if (!responses || Object.keys(responses).length === 0) return undefined;
  const ok = responses["200"];
  if (!ok) throw plainError("the '200' status code is not defined in responses");
  const media = ok["application/json"];
  if (!media) throw plainError("the 'application/json' media type is not defined in response");
  return media.schema ?? {};
}

/**
 * Coze Studio's `processResponse` (domain/plugin/service/exec_tool.go): the gateway's answer cut down to the
 * declared answer fields at every depth, converted per the scene's strategy, as the JSON text the model (agent)
 * or the next node (workflow) receives. An empty answer, or a schema that declares no fields, gives "{}".
 */
export function processResponse(rawResponse: string, operation: StoredOperation, strategy: InvalidResponseStrategy): string {
  if (rawResponse === "") return "{}";
  const schema = answerSchema(operation);
  if (!schema) return "{}";
  let answer: GoValue | undefined;
  try {
    // Go decodes a JSON null into an empty map without complaint.
    answer = parseGoJson(rawResponse) ?? {};
  } catch {
    answer = undefined;
  }
  if (!isGoObject(answer)) throw statusError(`response is not object, raw response=${rawResponse}`);
  if (Object.keys(schema.properties ?? {}).length === 0) return "{}";
  const trimmed = strategy === "return-error" ? strictObject(answer, schema) : lenientObject(answer, schema);
  return toGoJson(trimmed);
}
