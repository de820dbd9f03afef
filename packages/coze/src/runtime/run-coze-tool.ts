import { buildCozeRequest, type CozeCaller, type CozeHttpRequest, type CozeServiceAuth } from "./build-coze-request.js";
import { statusError } from "./coze-runtime-error.js";
import { SCENE_RESPONSE_STRATEGY, type CozeScene } from "./coze-scene.js";
import { processResponse } from "./process-response.js";
import { findStoredTool, type StoredPluginDocument } from "./stored-tool.js";

export interface CozeHttpAnswer {
  status: number;
  statusText: string;
  body: string;
}

/** Sends the request Coze built; a test points it at the dev gateway or a stand-in upstream. */
export type CozeSend = (request: CozeHttpRequest) => Promise<CozeHttpAnswer>;

export interface CozeToolRun {
  request: CozeHttpRequest;
  rawResponse: string;
  /** What the model (agent), the next node (workflow) or the Debug panel receives. */
  trimmedResponse: string;
}

export interface RunCozeToolOptions {
  scene: CozeScene;
  auth: CozeServiceAuth;
  caller: CozeCaller;
  send: CozeSend;
}

/**
 * One tool call through Coze Studio's tool runtime (`pluginServiceImpl.ExecuteTool`): the request Coze builds, the
 * send, then the answer processed as the scene does it. Only a `200` answer is read; any other status fails the run
 * with the gateway's body in the message. Throws `CozeRuntimeError` wherever Coze stops the run.
 */
export async function runCozeTool(document: StoredPluginDocument, toolName: string, argumentsJson: string, options: RunCozeToolOptions): Promise<CozeToolRun> {
  const request = buildCozeRequest(document, toolName, argumentsJson, options);
  let answer: CozeHttpAnswer;
  try {
    answer = await options.send(request);
  } catch (error) {
    throw statusError(`http request failed, err=${error instanceof Error ? error.message : String(error)}`);
  }
  if (answer.status !== 200) throw statusError(`http request failed, status=${answer.status} ${answer.statusText}\nresp=${answer.body}`);
  const { operation } = findStoredTool(document, toolName);
  const trimmedResponse = processResponse(answer.body, operation, SCENE_RESPONSE_STRATEGY[options.scene]);
  return { request, rawResponse: answer.body, trimmedResponse };
}
