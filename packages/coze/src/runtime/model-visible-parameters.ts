import { plainError } from "./coze-runtime-error.js";
import { isDisabled, type CozeSchema } from "./coze-schema.js";
import { findStoredTool, type StoredPluginDocument } from "./stored-tool.js";

/** What the model is told about one field: Coze passes on nothing else (no enum, default, range or format). */
export interface VisibleParameter {
  type: string;
  description: string;
  required: boolean;
  properties?: Record<string, VisibleParameter>;
  items?: VisibleParameter;
}

export interface VisibleTool {
  name: string;
  description: string;
  parameters: Record<string, VisibleParameter>;
}

const VISIBLE_TYPES = new Set(["string", "integer", "number", "boolean", "object", "array"]);

function visible(schema: CozeSchema, required: boolean): VisibleParameter | undefined {
  if (isDisabled(schema)) return undefined;
  const type = schema.type ?? "";
  if (!VISIBLE_TYPES.has(type)) throw plainError(`unsupported json type '${type}'`);
  const parameter: VisibleParameter = { type, description: schema.description ?? "", required };
  if (type === "object") {
    const requiredFields = new Set(schema.required ?? []);
    parameter.properties = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const field = visible(property, requiredFields.has(name));
      if (field) parameter.properties[name] = field;
    }
  }
  // A list's items are marked required exactly when the list is.
  if (type === "array") parameter.items = visible(schema.items ?? {}, required);
  return parameter;
}

/**
 * The tool as the agent's model sees it (`Openapi3Operation.ToEinoSchemaParameterInfo` and the agent's tool info in
 * Coze Studio): the operationId as its name, the summary as its description, and per body field only type,
 * description, required and nesting. A node without one of the six JSON types makes the whole tool unusable.
 */
export function modelVisibleTool(document: StoredPluginDocument, toolName: string): VisibleTool {
  const tool = findStoredTool(document, toolName);
  const parameters: Record<string, VisibleParameter> = {};
  const required = new Set(tool.bodySchema?.required ?? []);
  for (const [name, property] of Object.entries(tool.bodySchema?.properties ?? {})) {
    const field = visible(property, required.has(name));
    if (field) parameters[name] = field;
  }
  return { name: toolName, description: tool.operation.summary ?? "", parameters };
}
