import { responseJsonSchema, type JsonSchema, type OperationDefinition } from "@crazyrouter/core";
import { applyResponseView } from "../schema/apply-response-view.js";
import { toCozeSchema } from "../schema/to-coze-schema.js";
import { COZE_RESPONSE_VIEWS } from "./coze-response-views.js";

/** The `200` answer schema of an operation's Coze tool: the core's answer schema narrowed to the Coze view. */
export function cozeResponseSchema(operation: OperationDefinition): JsonSchema {
  const viewed = applyResponseView(responseJsonSchema(operation), COZE_RESPONSE_VIEWS[operation.id]);
  return toCozeSchema(viewed, { restateConstraints: false });
}
