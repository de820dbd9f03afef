/**
 * @crazyrouter/coze: the Coze "Create from API" plugin spec (OpenAPI 3.0.3), generated from the core's operations
 * and reshaped to the subset Coze imports, plus a model of the request Coze sends from it.
 */
export { buildCozeSpec } from "./spec/build-coze-spec.js";
export { writeCozeSpecs } from "./spec/write-coze-specs.js";
export { renderCozeSpecFiles, cozeSpecFileStem, type CozeSpecFile } from "./spec/render-coze-spec-files.js";
export { COZE_REGIONS, type CozeRegion } from "./spec/coze-region.js";
export { cozeServerUrl } from "./spec/coze-server-url.js";
export { cozeRequestSchema } from "./spec/coze-request-schema.js";
export { cozeResponseSchema } from "./spec/coze-response-schema.js";
export { cozeRequestFor, type CozeRequest } from "./coze-request.js";
