import type { IncomingHttpHeaders } from "node:http";
import {
  DEFAULT_CHAT_MODEL,
  DEFAULT_EMBEDDING_MODEL,
  DEFAULT_IMAGE_MODEL,
  chatCompletionsOperation,
  embeddingsOperation,
  imageGenerationOperation,
  operations,
  type OperationId,
} from "@crazyrouter/core";
import { abortableDelay } from "./abortable-delay.js";
import { checkBearerAuth } from "./check-bearer-auth.js";
import { checkModelAccess } from "./check-model-access.js";
import type { DevResponse } from "./dev-response.js";
import { faultResponse } from "./fault-response.js";
import { faultSpecFromModel, parseFaultSpec, type FaultSpec } from "./fault-spec.js";
import type { GatewayState } from "./gateway-state.js";
import { handleChatCompletions } from "./handle-chat-completions.js";
import { handleEmbeddings } from "./handle-embeddings.js";
import { handleImageGeneration } from "./handle-image-generation.js";
import { handleListModels } from "./handle-list-models.js";
import { invalidUrlError, openAiError } from "./openai-error.js";
import { parseJsonBody } from "./parse-json-body.js";
import { MAX_STREAM_CHUNKS } from "./split-reply.js";
import { validationError } from "./validation-error.js";
import { waitForAbort } from "./wait-for-abort.js";
import type { CutShort } from "./write-dev-response.js";

/** The prefix every gateway route lives under; the operations' paths are relative to it. */
const API_PREFIX = "/v1";
const DEFAULT_SLOW_HEADERS_MS = 5000;
const DEFAULT_STALL_MS = 30_000;

/** What a fault model (`fault-429`) stands for once its fault is used up (`times=N`). */
const STAND_IN_MODELS: Record<OperationId, string> = {
  chat_completions: DEFAULT_CHAT_MODEL,
  embeddings: DEFAULT_EMBEDDING_MODEL,
  image_generation: DEFAULT_IMAGE_MODEL,
  list_models: DEFAULT_CHAT_MODEL,
};

export interface ApiRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Aborts when the client disconnects or the gateway closes. */
  signal: AbortSignal;
}

export interface ApiAnswer {
  response: DevResponse;
  cut?: CutShort;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The `/v1` pipeline in the real gateway's order: path, Bearer key, JSON body, then (dev only) the fault
 * asked for, then the operation's zod schema, the model rules and finally the route's answer.
 */
export async function handleApiRequest(request: ApiRequest, state: GatewayState): Promise<ApiAnswer> {
  const { method, path, headers } = request;
  if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return { response: invalidUrlError(method, path) };
  const authError = checkBearerAuth(headers.authorization, state.apiKeys);
  if (authError) return { response: authError };
  const operation = operations.find((candidate) => candidate.method === method && `${API_PREFIX}${candidate.path}` === path);
  if (!operation) return { response: invalidUrlError(method, path) };

  let body: Record<string, unknown> | undefined;
  if (operation.request) {
    const parsed = parseJsonBody(request.rawBody);
    if (!parsed.ok || !isObject(parsed.value)) {
      return {
        response: openAiError(400, {
          message:
            "We could not parse the JSON body of your request. Send a JSON object with content-type application/json.",
          type: "invalid_request_error",
          code: "invalid_json",
        }),
      };
    }
    body = parsed.value;
  }

  const modelFault = faultSpecFromModel(body?.model);
  let fault: FaultSpec | undefined = modelFault;
  const faultHeader = headerValue(headers["x-dev-gateway-fault"]);
  if (faultHeader !== undefined) {
    try {
      fault = parseFaultSpec(faultHeader);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        response: openAiError(400, { message: `x-dev-gateway-fault: ${message}`, type: "invalid_request_error", code: "invalid_fault" }),
      };
    }
  }
  let cut: CutShort | undefined;
  let streamAsJson = false;
  if (fault && state.faults.shouldFail(fault)) {
    const model = typeof body?.model === "string" ? body.model : undefined;
    const replaced = faultResponse(fault, { method, path, model, gatewayUrl: state.url });
    if (replaced) return { response: replaced };
    if (fault.mode === "slow-headers") {
      const waited = await abortableDelay(fault.delayMs ?? DEFAULT_SLOW_HEADERS_MS, request.signal);
      if (!waited) return { response: { kind: "gone" } };
    } else if (fault.mode === "no-headers") {
      // Accepts the request and never answers: only the client giving up (or close()) ends it.
      await waitForAbort(request.signal);
      return { response: { kind: "gone" } };
    } else if (fault.mode === "json-stream") {
      // A route that ignores stream:true and answers one JSON completion.
      streamAsJson = true;
    } else if (fault.mode === "stream-error-key") {
      cut = { mode: "stream-error", delayMs: 0, errorEvent: keyEchoingErrorEvent(headers.authorization) };
    } else if (
      fault.mode === "stall" ||
      fault.mode === "no-done" ||
      fault.mode === "stream-error" ||
      fault.mode === "body-cut" ||
      fault.mode === "empty-stream" ||
      fault.mode === "gzip"
    ) {
      cut = { mode: fault.mode, delayMs: fault.delayMs ?? DEFAULT_STALL_MS };
    }
  }
  // A fault model passes the model rules and otherwise behaves like the route's default model.
  if (body && modelFault) body = { ...body, model: STAND_IN_MODELS[operation.id] };
  const checkModel = (model: string) => (modelFault ? undefined : checkModelAccess(model, state));

  switch (operation.id) {
    case "list_models":
      return { response: handleListModels(state.models, state.allowedModels), cut };
    case "chat_completions": {
      const parsed = chatCompletionsOperation.request.safeParse(body);
      if (!parsed.success) return { response: validationError(parsed.error) };
      const modelError = checkModel(parsed.data.model);
      if (modelError) return { response: modelError };
      const chunkHeader = headerValue(headers["x-dev-gateway-stream-chunks"]);
      const chunkCount = chunkHeader === undefined ? undefined : Number(chunkHeader);
      if (chunkCount !== undefined && !(Number.isInteger(chunkCount) && chunkCount >= 1 && chunkCount <= MAX_STREAM_CHUNKS)) {
        return {
          response: openAiError(400, {
            message: `x-dev-gateway-stream-chunks must be an integer from 1 to ${MAX_STREAM_CHUNKS}`,
            type: "invalid_request_error",
            code: "invalid_value",
          }),
        };
      }
      const chatRequest = streamAsJson ? { ...parsed.data, stream: false } : parsed.data;
      return { response: handleChatCompletions(chatRequest, { chunkCount }), cut };
    }
    case "embeddings": {
      const parsed = embeddingsOperation.request.safeParse(body);
      if (!parsed.success) return { response: validationError(parsed.error) };
      const modelError = checkModel(parsed.data.model);
      if (modelError) return { response: modelError };
      return { response: handleEmbeddings(parsed.data, state.embeddings), cut };
    }
    case "image_generation": {
      const parsed = imageGenerationOperation.request.safeParse(body);
      if (!parsed.success) return { response: validationError(parsed.error) };
      const modelError = checkModel(parsed.data.model);
      if (modelError) return { response: modelError };
      const realSize = headerValue(headers["x-dev-gateway-image-size"])?.toLowerCase() === "real";
      return { response: handleImageGeneration(parsed.data, { gatewayUrl: state.url, realSize, images: state.images }), cut };
    }
  }
}

/**
 * A mid-stream error whose message quotes the Bearer key the request carried, as a careless upstream or proxy
 * does: clients must redact it before showing the error anywhere.
 */
function keyEchoingErrorEvent(authorization: string | undefined): string {
  const key = /^Bearer (.*)$/i.exec(authorization ?? "")?.[1] ?? "";
  const error = { message: `Upstream rejected the stream for API key ${key} (dev gateway fault).`, type: "server_error", code: "upstream_error" };
  return `data: ${JSON.stringify({ error })}\n\n`;
}
