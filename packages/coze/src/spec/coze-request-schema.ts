import { requestJsonSchema, type JsonSchema, type OperationDefinition } from "@crazyrouter/core";
import { omitSchemaFields } from "../schema/omit-schema-fields.js";
import { toCozeSchema } from "../schema/to-coze-schema.js";
import { pinSchemaFields } from "../schema/pin-schema-fields.js";
import { COZE_EXCLUDED_REQUEST_FIELDS, COZE_PINNED_REQUEST_FIELDS } from "./coze-excluded-request-fields.js";

/**
 * The request body schema of an operation's Coze tool: the core's request schema without streaming fields
 * (Coze cannot stream), without the Coze exclusions and with its pinned fields, reshaped for Coze with limits restated in descriptions.
 * `undefined` for operations without a body.
 */
export function cozeRequestSchema(operation: OperationDefinition): JsonSchema | undefined {
  const schema = requestJsonSchema(operation);
  if (!schema) return undefined;
  const omitted = [...operation.streamingFields, ...(COZE_EXCLUDED_REQUEST_FIELDS[operation.id] ?? [])];
  const pinned = pinSchemaFields(omitSchemaFields(schema, omitted), COZE_PINNED_REQUEST_FIELDS[operation.id] ?? {});
  return toCozeSchema(pinned, { restateConstraints: true });
}
