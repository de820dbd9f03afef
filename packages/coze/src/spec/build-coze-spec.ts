import { operations, type OperationDefinition } from "@crazyrouter/core";
import { OpenApiBuilder, type OpenAPIObject, type OperationObject } from "openapi3-ts/oas30";
import { cozePluginInfo } from "./coze-plugin-info.js";
import type { CozeRegion } from "./coze-region.js";
import { cozeRequestSchema } from "./coze-request-schema.js";
import { cozeResponseSchema } from "./coze-response-schema.js";
import { cozeServerUrl } from "./coze-server-url.js";
import { COZE_TOOL_NOTES } from "./coze-tool-notes.js";

const JSON_MEDIA_TYPE = "application/json";

function cozeOperation(operation: OperationDefinition): OperationObject {
  const note = COZE_TOOL_NOTES[operation.id];
  const requestSchema = cozeRequestSchema(operation);
  return {
    // The model sees the operationId as the tool name: the core's toolName is the distinctive one.
    operationId: operation.toolName,
    summary: note ? `${operation.summary} ${note}` : operation.summary,
    ...(requestSchema ? { requestBody: { required: true, content: { [JSON_MEDIA_TYPE]: { schema: requestSchema } } } } : {}),
    responses: {
      "200": {
        description: `${operation.title}: the answer fields the model and later workflow nodes can use.`,
        content: { [JSON_MEDIA_TYPE]: { schema: cozeResponseSchema(operation) } },
      },
    },
  };
}

/**
 * The Coze "Create from API" plugin spec (OpenAPI 3.0.3) for one gateway route, generated from the core's
 * operations. No security scheme is declared: Coze takes the key from its own auth dialog, and a declared
 * `Authorization` would turn into a tool input the model fills.
 */
export function buildCozeSpec(region: CozeRegion): OpenAPIObject {
  // Written in reading order: what it is, where it calls, then the tools.
  const builder = new OpenApiBuilder({ openapi: "3.0.3", info: cozePluginInfo(region), servers: [], paths: {} });
  builder.addServer({ url: cozeServerUrl(region) });
  for (const operation of operations) {
    const method = operation.method.toLowerCase() as "get" | "post";
    builder.addPath(operation.path, { [method]: cozeOperation(operation) });
  }
  return builder.getSpec();
}
