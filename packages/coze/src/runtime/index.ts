/**
 * A simulator of Coze Studio's tool runtime, written from its backend code (coze-dev/coze-studio,
 * `domain/plugin/service`): what Coze sends for a tool call and what it hands back, per scene. Every rule here is
 * tested in `coze-runtime-rules.test.ts` against a spec that breaks it.
 */
export { buildCozeRequest, type CozeCaller, type CozeHttpRequest, type CozeServiceAuth } from "./build-coze-request.js";
export { CozeRuntimeError } from "./coze-runtime-error.js";
export { COZE_SCENES, SCENE_RESPONSE_STRATEGY, type CozeScene } from "./coze-scene.js";
export { modelVisibleTool, type VisibleParameter, type VisibleTool } from "./model-visible-parameters.js";
export { processResponse, type InvalidResponseStrategy } from "./process-response.js";
export { runCozeTool, type CozeHttpAnswer, type CozeSend, type CozeToolRun, type RunCozeToolOptions } from "./run-coze-tool.js";
export type { StoredPluginDocument } from "./stored-tool.js";
