import { checkApiKey } from "../api-key/check-api-key.js";
import { normalizeBaseUrl } from "../base-url/normalize-base-url.js";
import { DEFAULT_BASE_URL } from "../base-url/regions.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { redactError } from "../errors/redact-error.js";
import { decodeBase64 as portableDecodeBase64 } from "../embeddings/decode-base64.js";
import { type EmbeddingsResult, joinEmbeddingAnswers } from "../embeddings/join-embedding-answers.js";
import { readEmbeddingsAnswer } from "../embeddings/read-embeddings-answer.js";
import { DEFAULT_EMBEDDING_CONCURRENCY } from "../embeddings/embedding-concurrency.js";
import { mapWithConcurrency } from "../concurrency/map-with-concurrency.js";
import { parseOperationResponse } from "../http/parse-operation-response.js";
import { readBodyText } from "../http/read-body-text.js";
import { type ChatCompletionRequest, type ChatCompletionResponse, chatCompletionsOperation } from "../operations/chat-completions.js";
import { MAX_EMBEDDING_INPUTS_PER_REQUEST, embeddingsOperation } from "../operations/embeddings.js";
import { buildChatRequest } from "../requests/build-chat-request.js";
import { buildEmbeddingsRequests, type EmbedRequest } from "../requests/build-embeddings-requests.js";
import { buildImageRequest } from "../requests/build-image-request.js";
import type { RequestWarning } from "../requests/request-warning.js";
import { type ImageGenerationRequest, type ImageGenerationResponse, imageGenerationOperation } from "../operations/image-generation.js";
import { type ListModelsResponse, listModelsOperation } from "../operations/list-models.js";
import type { OperationDefinition } from "../operations/operation-definition.js";
import { DEFAULT_RETRY_POLICY } from "../retry/retry-policy.js";
import { type ChatStream, createChatStream } from "../streaming/chat-stream.js";
import { type CallScope, createCallScope } from "./call-scope.js";
import type { CallOptions, ClientOptions } from "./client-options.js";
import type { ResultMeta } from "../results/result-meta.js";
import { DEFAULT_DEADLINES } from "./deadlines.js";
import { DEFAULT_USER_AGENT } from "./default-user-agent.js";
import { type ConsumeResponse, type ExecuteCallSettings, executeCall } from "./execute-call.js";
import { planRoutes, type Route } from "./route.js";
import { type ChatSummary, summarizeChatResponse } from "../results/summarize-chat.js";

export interface ChatResult extends ChatSummary {
  response: ChatCompletionResponse;
  meta: ResultMeta;
  /** Fields left out because the model refuses them (see buildChatRequest). */
  warnings: readonly RequestWarning[];
}

export type { EmbedRequest };

export interface GeneratedImage {
  url: string | undefined;
  b64Json: string | undefined;
  revisedPrompt: string | undefined;
}

export interface ImageResult {
  images: GeneratedImage[];
  /** Fields left out because the model refuses them (see buildImageRequest). */
  warnings: readonly RequestWarning[];
  response: ImageGenerationResponse;
  meta: ResultMeta;
}

export interface ModelsResult {
  /** Model ids the key may call, sorted. */
  ids: string[];
  response: ListModelsResponse;
  meta: ResultMeta;
}

export interface CrazyrouterClient {
  /** The canonical `/v1` base in use, and what normalisation changed (for doctor and setup output). */
  readonly baseUrl: string;
  readonly configNotes: readonly string[];
  chat(request: ChatCompletionRequest, options?: CallOptions): Promise<ChatResult>;
  streamChat(request: ChatCompletionRequest, options?: CallOptions): Promise<ChatStream>;
  embed(request: EmbedRequest, options?: CallOptions): Promise<EmbeddingsResult>;
  generateImage(request: ImageGenerationRequest, options?: CallOptions): Promise<ImageResult>;
  listModels(options?: CallOptions): Promise<ModelsResult>;
}

/**
 * The gateway client every adapter shares. Inputs are validated before any request; one loop owns
 * retries and failover; every result and error carries the request id.
 */
export function createClient(options: ClientOptions): CrazyrouterClient {
  const { apiKey, notes: keyNotes } = checkApiKey(options.apiKey);
  const primary = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const baseUrls = [primary.baseUrl, ...(options.fallbackBaseUrls ?? []).map((url) => normalizeBaseUrl(url).baseUrl)].filter(
    (url, index, all) => all.indexOf(url) === index,
  );
  const configNotes = [...keyNotes.map((note) => `API key: ${note}`), ...primary.notes.map((note) => `base URL: ${note}`)];
  const batchSize = options.embeddingBatchSize ?? MAX_EMBEDDING_INPUTS_PER_REQUEST;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_EMBEDDING_INPUTS_PER_REQUEST) {
    throw new CrazyrouterError({
      code: "invalid_input",
      message: `embeddingBatchSize must be an integer from 1 to ${MAX_EMBEDDING_INPUTS_PER_REQUEST}, got ${batchSize}.`,
      hint: "Leave it unset to use the gateway's limit.",
      field: "embeddingBatchSize",
    });
  }
  const secrets = [apiKey];
  const settings: ExecuteCallSettings = {
    transport: options.transport,
    timers: options.timers,
    headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_DEADLINES.headersMs,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    random: options.random ?? Math.random,
    logger: options.logger,
    secrets,
  };
  /** Every error leaves the client through here, so none can carry the key (see redactError). */
  const surface = <E>(error: E): E => redactError(error, secrets) as E;
  const decode = options.decodeBase64 ?? portableDecodeBase64;
  /** A field left out is said, not hidden: in the result and in the log. */
  const report = (warnings: readonly RequestWarning[]): void => {
    for (const warning of warnings) options.logger?.warn?.(`crazyrouter: ${warning.message}`);
  };

  const headersFor = (hasBody: boolean, extra: Readonly<Record<string, string>> | undefined): Record<string, string> => ({
    accept: "application/json",
    ...options.headers,
    ...extra,
    ...(hasBody ? { "content-type": "application/json" } : {}),
    "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
    authorization: `Bearer ${apiKey}`,
  });
  // Built once: most calls add no headers of their own, and this runs on every request.
  const jsonHeaders = Object.freeze(headersFor(true, undefined));
  const bodylessHeaders = Object.freeze(headersFor(false, undefined));

  /** A configured timeout applies to every call; without one, streams get the longer default total. */
  function openScope(callOptions: CallOptions | undefined, kind: "whole" | "stream"): CallScope {
    const fallback = kind === "stream" ? DEFAULT_DEADLINES.streamTotalMs : DEFAULT_DEADLINES.totalMs;
    const timeoutMs = callOptions?.timeoutMs ?? options.timeoutMs ?? fallback;
    return createCallScope({ signal: callOptions?.signal, timeoutMs, timers: options.timers });
  }

  /** Runs one operation through the retry loop inside `scope`; the caller owns the scope's lifetime. */
  function call<T>(
    operation: OperationDefinition,
    body: Record<string, unknown> | undefined,
    callOptions: CallOptions | undefined,
    scope: CallScope,
    consume: ConsumeResponse<T>,
  ): Promise<T> {
    const model = typeof body?.model === "string" ? body.model : undefined;
    const routePlan = planRoutes(baseUrls, model, options.fallbackModels ?? []);
    const buildRequest = (route: Route) => ({
      url: `${route.baseUrl}${operation.path}`,
      method: operation.method,
      headers: callOptions?.headers ? headersFor(body !== undefined, callOptions.headers) : body === undefined ? bodylessHeaders : jsonHeaders,
      body: body === undefined ? undefined : JSON.stringify(route.model === model ? body : { ...body, model: route.model }),
    });
    const maxRetries = callOptions?.maxRetries;
    const callSettings = maxRetries === undefined ? settings : { ...settings, retry: { ...settings.retry, maxRetries } };
    return executeCall(callSettings, scope, routePlan, buildRequest, consume);
  }

  /** A whole call in its own scope, released when the answer is read. */
  async function callOnce<T>(
    operation: OperationDefinition,
    body: Record<string, unknown> | undefined,
    callOptions: CallOptions | undefined,
  ): Promise<{ data: T; meta: ResultMeta }> {
    const scope = openScope(callOptions, "whole");
    try {
      return await call(operation, body, callOptions, scope, readJson<T>(operation));
    } finally {
      scope.dispose();
    }
  }

  const readJson =
    <T>(operation: OperationDefinition): ConsumeResponse<{ data: T; meta: ResultMeta }> =>
    async (attempt, meta) => ({ data: parseOperationResponse<T>(operation, await readBodyText(attempt.response, meta.requestId), meta), meta });

  const methods: Omit<CrazyrouterClient, "baseUrl" | "configNotes"> = {
    async chat(request, callOptions) {
      const { body, warnings } = buildChatRequest(request, { stream: false, extraBody: callOptions?.extraBody });
      report(warnings);
      const { data, meta } = await callOnce<ChatCompletionResponse>(chatCompletionsOperation, body, callOptions);
      return { ...summarizeChatResponse(data), response: data, meta, warnings };
    },

    async streamChat(request, callOptions) {
      const { body, warnings } = buildChatRequest(request, { stream: true, extraBody: callOptions?.extraBody });
      report(warnings);
      const streamOptions = { idleTimeoutMs: options.streamIdleTimeoutMs ?? DEFAULT_DEADLINES.streamIdleMs, surface, warnings };
      // The scope outlives this method: the stream is read after it returns, and releases the scope when done.
      const scope = openScope(callOptions, "stream");
      try {
        return await call(chatCompletionsOperation, body, callOptions, scope, async (attempt, meta) =>
          createChatStream(attempt.response, scope, meta, streamOptions),
        );
      } catch (error) {
        scope.dispose();
        throw error;
      }
    },

    async embed(request, callOptions) {
      const { bodies, inputCounts } = buildEmbeddingsRequests(request, batchSize, callOptions?.extraBody);
      // One scope for all batches: one deadline, and the first failure cancels the batches still in flight.
      const scope = openScope(callOptions, "whole");
      try {
        const answers = await mapWithConcurrency(bodies, options.embeddingConcurrency ?? DEFAULT_EMBEDDING_CONCURRENCY, async (body) => {
          try {
            return await call(embeddingsOperation, body, callOptions, scope, async (attempt, meta) => ({
              data: await readEmbeddingsAnswer(attempt.response, meta, decode),
              meta,
            }));
          } catch (error) {
            scope.cancel();
            throw error;
          }
        });
        return joinEmbeddingAnswers(answers, inputCounts, decode);
      } finally {
        scope.dispose();
      }
    },

    async generateImage(request, callOptions) {
      const { body, warnings } = buildImageRequest(request, callOptions?.extraBody);
      report(warnings);
      const { data, meta } = await callOnce<ImageGenerationResponse>(imageGenerationOperation, body, callOptions);
      const images = data.data.map((item) => ({
        url: item.url ?? undefined,
        b64Json: item.b64_json ?? undefined,
        revisedPrompt: item.revised_prompt ?? undefined,
      }));
      return { images, response: data, meta, warnings };
    },

    async listModels(callOptions) {
      const { data, meta } = await callOnce<ListModelsResponse>(listModelsOperation, undefined, callOptions);
      return { ids: data.data.map((model) => model.id).sort(), response: data, meta };
    },
  };
  // Every method's rejection leaves through `surface`; a stream's errors do too (see createChatStream).
  const guard =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      method(...args).catch((error: unknown) => {
        throw surface(error);
      });
  return {
    baseUrl: primary.baseUrl,
    configNotes,
    chat: guard(methods.chat),
    streamChat: guard(methods.streamChat),
    embed: guard(methods.embed),
    generateImage: guard(methods.generateImage),
    listModels: guard(methods.listModels),
  };
}
