import { requestJsonSchema, type JsonSchema, type OperationDefinition } from "@crazyrouter/core";
import { defaultSchemaField } from "../schema/default-schema-field.js";
import { mergeTaggedUnions } from "../schema/merge-tagged-unions.js";
import { narrowEnum } from "../schema/narrow-enum.js";
import { keepSchemaFields } from "../schema/keep-schema-fields.js";
import { relaxRequiredInOptionalObjects } from "../schema/relax-required-in-optional-objects.js";
import { toCozeSchema } from "../schema/to-coze-schema.js";
import { updateSchemaField } from "../schema/update-schema-field.js";
import { COZE_REQUEST_ADJUSTMENTS } from "./coze-request-adjustments.js";

/**
 * The request body schema of an operation's Coze tool: the core's request schema with its tagged unions merged into
 * single objects, cut to the fields the tool offers (never the streaming ones: Coze cannot stream), adjusted for Coze (`COZE_REQUEST_ADJUSTMENTS`), reshaped to what Coze imports with limits restated
 * in descriptions, and with no `required` left that Coze's runtime would enforce inside an absent optional object.
 * `undefined` for operations without a body.
 */
export function cozeRequestSchema(operation: OperationDefinition): JsonSchema | undefined {
  const core = requestJsonSchema(operation);
  if (!core) return undefined;
  const adjustments = COZE_REQUEST_ADJUSTMENTS[operation.id];
  if (!adjustments) throw new Error(`${operation.id}: no Coze adjustments say which fields the tool offers`);
  let schema = keepSchemaFields(mergeTaggedUnions(core), adjustments.keep);
  for (const [field, description] of Object.entries(adjustments.descriptions ?? {})) {
    schema = updateSchemaField(schema, field, (node) => ({ ...node, description }));
  }
  for (const [field, value] of Object.entries(adjustments.defaults ?? {})) schema = defaultSchemaField(schema, field, value);
  for (const [field, allowed] of Object.entries(adjustments.enums ?? {})) {
    schema = updateSchemaField(schema, field, (node) => {
      const narrowed = narrowEnum(node, allowed, field);
      // One value left: Coze always sends it.
      const [only] = allowed;
      return allowed.length === 1 && only !== undefined ? { ...narrowed, default: only } : narrowed;
    });
  }
  return relaxRequiredInOptionalObjects(toCozeSchema(schema, { restateConstraints: true }));
}
