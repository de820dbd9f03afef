import type { IncomingHttpHeaders } from "node:http";
import { abortableDelay } from "../faults/abortable-delay.js";
import { checkBearerAuth } from "./check-bearer-auth.js";
import { answerApiRoute } from "./answer-api-route.js";
import { API_PREFIX, matchApiRoute, type ApiRoute } from "../contract/api-routes.js";
import type { DevResponse } from "../http/dev-response.js";
import { faultResponse } from "../faults/fault-response.js";
import { faultSpecFromModel, parseFaultSpec, type FaultSpec } from "../faults/fault-spec.js";
import type { GatewayState } from "../gateway-state.js";
import { invalidUrlError, openAiError } from "../http/openai-error.js";
import { parseJsonBody } from "../http/parse-json-body.js";
import { waitForAbort } from "../faults/wait-for-abort.js";
import type { CutShort } from "../http/write-dev-response.js";

const DEFAULT_SLOW_HEADERS_MS = 5000;
const DEFAULT_STALL_MS = 30_000;

/** What a fault model (`fault-429`) stands for once its fault is used up (`times=N`). */
const STAND_IN_MODELS: Record<ApiRoute["id"], string> = {
  chat_completions: "gpt-5.4",
  embeddings: "text-embedding-3-small",
  image_generation: "gpt-image-2",
  list_models: "gpt-5.4",
  retrieve_model: "gpt-5.4",
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
 * The `/v1` pipeline in the real gateway's order: path, Bearer key, JSON body, then (dev only) the fault asked
 * for, then the route's answer (model whitelist and existence, the request contract, the model's own rules).
 */
export async function handleApiRequest(request: ApiRequest, state: GatewayState): Promise<ApiAnswer> {
  const { method, path, headers } = request;
  if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return { response: invalidUrlError(method, path) };
  const authError = checkBearerAuth(headers.authorization, state.apiKeys);
  if (authError) return { response: authError };
  const route = matchApiRoute(method, path);
  if (!route) return { response: invalidUrlError(method, path) };

  let body: Record<string, unknown> | undefined;
  if (method === "POST") {
    const parsed = parseJsonBody(request.rawBody);
    if (!parsed.ok || !isObject(parsed.value)) {
      return {
        response: openAiError(400, {
          message: "We could not parse the JSON body of your request. Send a JSON object with content-type application/json.",
          type: "invalid_request_error",
          code: "invalid_json",
        }),
      };
    }
    body = parsed.value;
  }

  const requestedModel = route.id === "retrieve_model" ? route.model : body?.model;
  const modelFault = faultSpecFromModel(requestedModel);
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
    const model = typeof requestedModel === "string" ? requestedModel : undefined;
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
  if (body && modelFault) body = { ...body, model: STAND_IN_MODELS[route.id] };
  const response = answerApiRoute(route, body ?? {}, {
    state,
    faultModel: modelFault !== undefined,
    streamAsJson,
    chunkHeader: headerValue(headers["x-dev-gateway-stream-chunks"]),
    realImageSize: headerValue(headers["x-dev-gateway-image-size"])?.toLowerCase() === "real",
  });
  return { response, cut };
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
