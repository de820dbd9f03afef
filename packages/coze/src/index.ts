/**
 * @crazyrouter/coze: the Coze "Create from API" plugin spec (OpenAPI 3.0.3), generated from the core's operations
 * and reshaped to what Coze imports and its tool runtime can run, plus a simulator of that runtime (what Coze sends
 * for a tool call and what it hands back), written from Coze Studio's backend code.
 */
export { buildCozeSpec } from "./spec/build-coze-spec.js";
export { writeCozeSpecs } from "./spec/write-coze-specs.js";
export { renderCozeSpecFiles, cozeSpecFileStem, type CozeSpecFile } from "./spec/render-coze-spec-files.js";
export { COZE_REGIONS, type CozeRegion } from "./spec/coze-region.js";
export { cozeServerUrl } from "./spec/coze-server-url.js";
export { cozeRequestSchema } from "./spec/coze-request-schema.js";
export { cozeResponseSchema } from "./spec/coze-response-schema.js";
export { COZE_REQUEST_ADJUSTMENTS, type CozeRequestAdjustments } from "./spec/coze-request-adjustments.js";
export {
  buildCozeRequest,
  runCozeTool,
  modelVisibleTool,
  processResponse,
  CozeRuntimeError,
  COZE_SCENES,
  SCENE_RESPONSE_STRATEGY,
  type CozeCaller,
  type CozeHttpAnswer,
  type CozeHttpRequest,
  type CozeScene,
  type CozeSend,
  type CozeServiceAuth,
  type CozeToolRun,
  type InvalidResponseStrategy,
  type RunCozeToolOptions,
  type StoredPluginDocument,
  type VisibleParameter,
  type VisibleTool,
} from "./runtime/index.js";
