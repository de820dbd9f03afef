import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { assertLoopbackHost } from "./http/assert-loopback-host.js";
import { BoundedMap } from "./recording/bounded-map.js";
import { createRequestIdGenerator } from "./replies/create-request-id-generator.js";
import { DEFAULT_DEV_GATEWAY_MODELS } from "./models/default-dev-gateway-models.js";
import type { DevGateway, DevGatewayOptions } from "./dev-gateway.js";
import { DEV_GATEWAY_API_KEY } from "./dev-gateway-api-key.js";
import { abortableDelay } from "./faults/abortable-delay.js";
import { EmbeddingEncoder } from "./replies/embedding-encoder.js";
import { FaultCounter } from "./faults/fault-counter.js";
import { InFlightCounter } from "./recording/in-flight-counter.js";
import type { GatewayState } from "./gateway-state.js";
import { handleApiRequest } from "./routes/handle-api-request.js";
import { clearRecording, DEV_ROUTE_PREFIX, handleDevRoute } from "./routes/handle-dev-route.js";
import { assertTimerDelay } from "./faults/max-timer-delay.js";
import { openAiError } from "./http/openai-error.js";
import { BodyTooLargeError, readRequestBody } from "./http/read-request-body.js";
import { recordRequest } from "./recording/recorded-request.js";
import { refuseForeignRequest } from "./http/refuse-foreign-request.js";
import { RequestHoldState } from "./recording/request-hold.js";
import { DEFAULT_RECORDING_LIMITS, RequestRecording, type RecordingLimits } from "./recording/request-recording.js";
import { splitRequestTarget } from "./routes/split-request-target.js";
import { writeDevResponse } from "./http/write-dev-response.js";

const DEFAULT_HOST = "127.0.0.1";
/** Large enough for 2048 long embedding inputs or a base64 image in a chat message. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

async function serve(request: IncomingMessage, response: ServerResponse, state: GatewayState, requestId: string): Promise<void> {
  response.setHeader("x-request-id", requestId);
  const clientGone = new AbortController();
  response.on("close", () => {
    if (!response.writableFinished) clientGone.abort();
  });
  const signal = AbortSignal.any([state.closing, clientGone.signal]);
  const method = request.method ?? "GET";
  try {
    const { path, query } = splitRequestTarget(request.url);
    const refused = refuseForeignRequest(method, path, request.headers, state.port);
    if (refused) {
      await writeDevResponse(response, refused, { signal });
      return;
    }
    const rawBody = await readRequestBody(request, MAX_BODY_BYTES);
    if (path.startsWith(DEV_ROUTE_PREFIX)) {
      await writeDevResponse(response, handleDevRoute(method, path, state), { signal });
      return;
    }
    const recorded = recordRequest({ method, path, query, headers: request.headers, rawBody }, state.recording.limits);
    state.recording.add(recorded);
    response.once("close", state.inFlight.enter());
    if (state.hold) await state.hold.wait(recorded, signal);
    if (!(await abortableDelay(state.latencyMs, signal))) return;
    const answer = await handleApiRequest({ method, path, headers: request.headers, rawBody, signal }, state);
    await writeDevResponse(response, answer.response, { signal, cut: answer.cut });
  } catch (error) {
    if (response.headersSent || response.destroyed) {
      response.destroy();
      return;
    }
    const tooLarge = error instanceof BodyTooLargeError;
    const answer = openAiError(tooLarge ? 413 : 500, {
      message: tooLarge ? error.message : `dev gateway bug: ${error instanceof Error ? error.message : String(error)}`,
      type: tooLarge ? "invalid_request_error" : "server_error",
      code: tooLarge ? "request_too_large" : "internal_error",
    });
    await writeDevResponse(response, answer, { signal });
  }
}

function recordingLimits(options: Partial<RecordingLimits> | undefined): RecordingLimits {
  const limits = { ...DEFAULT_RECORDING_LIMITS, ...options };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`startDevGateway: recording.${name} must be a positive integer, got ${value}`);
  }
  if (limits.maxBodyBytes > limits.maxBytes) throw new Error("startDevGateway: recording.maxBodyBytes cannot exceed recording.maxBytes");
  return limits;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts a local OpenAI-compatible simulator of the Crazyrouter gateway on loopback. Resolves once it
 * listens; `close()` stops it and everything it started.
 */
export async function startDevGateway(options: DevGatewayOptions = {}): Promise<DevGateway> {
  const host = options.host ?? DEFAULT_HOST;
  assertLoopbackHost(host);
  const apiKeys = options.apiKeys ?? [DEV_GATEWAY_API_KEY];
  const apiKey = apiKeys[0];
  if (apiKey === undefined) throw new Error("startDevGateway: apiKeys needs at least one key");
  const latencyMs = options.latencyMs ?? 0;
  assertTimerDelay("startDevGateway: latencyMs", latencyMs);
  const closing = new AbortController();
  const state: GatewayState = {
    url: "",
    port: 0,
    apiKeys: new Set(apiKeys),
    models: [...(options.models ?? DEFAULT_DEV_GATEWAY_MODELS)],
    allowedModels: options.allowedModels ? [...options.allowedModels] : undefined,
    latencyMs,
    recording: new RequestRecording(recordingLimits(options.recording)),
    faults: new FaultCounter(),
    inFlight: new InFlightCounter(),
    hold: undefined,
    images: new BoundedMap({ maxEntries: 256, maxSize: 256 * 1024 * 1024, sizeOf: (png) => png.length }),
    embeddings: new EmbeddingEncoder(),
    closing: closing.signal,
  };
  const nextRequestId = createRequestIdGenerator();
  const server = createServer((request, response) => {
    void serve(request, response, state, nextRequestId());
  });
  const address = await listen(server, options.port ?? 0, host);
  const hostInUrl = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  state.url = `http://${hostInUrl}:${address.port}`;
  state.port = address.port;

  let closed: Promise<void> | undefined;
  return {
    url: state.url,
    baseUrl: `${state.url}/v1`,
    apiKey,
    requests: state.recording.requests,
    recordingSize: () => state.recording.size(),
    clearRequests: () => clearRecording(state),
    inFlight: () => state.inFlight.snapshot(),
    hold() {
      if (state.hold) throw new Error("the dev gateway already holds requests: end() that hold first");
      const hold = new RequestHoldState(() => {
        if (state.hold === hold) state.hold = undefined;
      });
      state.hold = hold;
      return hold;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        // Abort first: stalled, slow and held answers end their waits and clear their timers.
        closing.abort();
        state.hold?.end();
        server.close(() => resolve());
        server.closeAllConnections();
        state.images.clear();
        state.embeddings.clear();
      });
      return closed;
    },
  };
}
