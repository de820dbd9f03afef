/**
 * @crazyrouter/core: the gateway's operations described once (zod schemas with descriptions, defaults and
 * limits), the client that calls them, typed errors with fix hints, and the base-URL rules every client
 * needs. This entry imports nothing Node-only; `@crazyrouter/core/node` adds the undici transport.
 *
 * The public API, named one by one: what the adapters (CLI, MCP, n8n, Dify, Coze, dev gateway) use, and the
 * types those signatures mention. Building blocks no adapter needs (schemas, request builders, classifiers,
 * rule-case tables for tests) live behind `@crazyrouter/core/internal`.
 */

// The client.
export {
  createClient,
  type CrazyrouterClient,
  type ChatResult,
  type EmbedRequest,
  type GeneratedImage,
  type ImageResult,
  type ModelsResult,
} from "./client/create-client.js";
export type { ClientOptions, CallOptions, Logger } from "./client/client-options.js";
export type { ResultMeta } from "./results/result-meta.js";
export type { ChatSummary, ChatToolCall, ChatUsage } from "./results/summarize-chat.js";
export type { EmbeddingsResult } from "./embeddings/join-embedding-answers.js";
export type { ChatStream } from "./streaming/chat-stream.js";
export type { StreamFormat } from "./streaming/chat-chunk-reader.js";
export type { RequestWarning } from "./requests/request-warning.js";
export { mapWithConcurrency } from "./concurrency/map-with-concurrency.js";
export { DEFAULT_DEADLINES, MAX_TIMEOUT_MS, formatDeadline, type Deadlines } from "./client/deadlines.js";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry/retry-policy.js";
export type { Transport, TransportRequest, TransportResponse } from "./transport/transport.js";
export { createFetchTransport } from "./transport/fetch-transport.js";
export type { Timers } from "./timers/timers.js";

// The operations, their requests and answers.
export type { OperationDefinition, OperationId } from "./operations/operation-definition.js";
export { operations, getOperation } from "./operations/operations.js";
export { requestJsonSchema, responseJsonSchema, type JsonSchema } from "./operations/request-json-schema.js";
export { requestField, requestFieldNames, type RequestField } from "./operations/request-field.js";
export {
  chatCompletionsOperation,
  DEFAULT_CHAT_MODEL,
  type ChatCompletionRequest,
  type ChatCompletionResponse,
  type ChatCompletionChunk,
  type ChatMessage,
} from "./operations/chat-completions.js";
export {
  embeddingsOperation,
  DEFAULT_EMBEDDING_MODEL,
  MAX_EMBEDDING_INPUTS_PER_REQUEST,
  EMBEDDING_MODEL_DIMENSIONS,
  EMBEDDING_MODELS_WITHOUT_DIMENSIONS,
} from "./operations/embeddings.js";
export { DEFAULT_EMBEDDING_ENCODING } from "./requests/build-embeddings-requests.js";
export { DEFAULT_EMBEDDING_CONCURRENCY } from "./embeddings/embedding-concurrency.js";
export { imageGenerationOperation, DEFAULT_IMAGE_MODEL, type ImageGenerationRequest, type ImageGenerationResponse } from "./operations/image-generation.js";
export { listModelsOperation, type ListModelsResponse } from "./operations/list-models.js";

// Models.
export {
  KNOWN_CHAT_MODELS,
  KNOWN_EMBEDDING_MODELS,
  KNOWN_IMAGE_MODELS,
  type KnownChatModel,
  type KnownEmbeddingModel,
  type KnownImageModel,
  type ReasoningEffort,
} from "./models/known-models.js";
export { IMAGE_FAMILIES, imageFamily, type ImageFamily } from "./models/image-families.js";
export { modelKind, type ModelKind } from "./models/model-kind.js";
export { isReasoningModel, REASONING_MODEL_PATTERN } from "./models/reasoning-models.js";
export { REASONING_UNSUPPORTED_FIELDS } from "./requests/reasoning-request-rule.js";

// Base URL, API key and configuration rules (the Dify generator restates them in Python from these).
export { REGIONS, DEFAULT_REGION, DEFAULT_BASE_URL, API_VERSION_PATH, regionBaseUrl, type Region } from "./base-url/regions.js";
export { normalizeBaseUrl, ENDPOINT_PATHS, type NormalizedBaseUrl } from "./base-url/normalize-base-url.js";
export { BASE_URL_CHANGES, BASE_URL_REFUSALS, type BaseUrlChange, type BaseUrlRefusal } from "./base-url/base-url-rules.js";
export { formatBaseUrlForClient, type ClientName } from "./base-url/format-base-url-for-client.js";
export { checkApiKey, type CheckedApiKey } from "./api-key/check-api-key.js";
export { API_KEY_CHANGES, API_KEY_REFUSALS, MAX_API_KEY_LENGTH, type ApiKeyChange, type ApiKeyRefusal } from "./api-key/api-key-rules.js";
export { SPACE_CLASS, INVISIBLE_CLASS, PRINTABLE_ASCII_CLASS, CONTROL_CLASS } from "./text/character-classes.js";
export { parseExtraHeaders } from "./config/parse-extra-headers.js";
export { isLoopbackHost } from "./network/is-loopback-host.js";
export { checkLoopbackRequest, type LoopbackRequestHeaders, type LoopbackRequestOptions } from "./network/check-loopback-request.js";

// Errors.
export { CrazyrouterError, type CrazyrouterErrorCode, type CrazyrouterErrorData } from "./errors/crazyrouter-error.js";
export { formatErrorFacts } from "./errors/format-error-facts.js";
export { FIX_HINTS, SITUATION_HINTS } from "./errors/fix-hints.js";
export { hintForCorrectedBaseUrl } from "./errors/hint-for-corrected-base-url.js";
export { GATEWAY_ERROR_PATTERNS, RETRYABLE_ERROR_CODES, ERROR_EXCERPT_LENGTH } from "./errors/gateway-error-rules.js";
export { REQUEST_ID_HEADERS } from "./http/request-id.js";
export { redactSecrets, maskApiKey, KEY_LIKE_PATTERN, MIN_SECRET_LENGTH, REDACTED } from "./errors/redact-secrets.js";

// Image downloads (MCP and n8n fetch the gateway's image links through these).
export { downloadImage, type DownloadImageOptions, type ImageDownload, type ImageDownloadRefusal } from "./image-download/download-image.js";
export type { ImageFetcher, ImageFetchRequest } from "./image-download/image-fetcher.js";
export { IMAGE_DOWNLOAD_MAX_BYTES, IMAGE_DOWNLOAD_MAX_REDIRECTS, IMAGE_DOWNLOAD_TIMEOUT_MS } from "./image-download/image-download-limits.js";
export { ADDRESS_KIND_DESCRIPTIONS, IPV4_SPECIAL_RANGES } from "./image-download/classify-ip-address.js";
export { HOST_NAME_KIND_DESCRIPTIONS, LOCAL_NAME_SUFFIXES, METADATA_HOST_NAMES } from "./image-download/classify-host-name.js";
export { checkImageBytes } from "./image-download/check-image-bytes.js";
export { carriedImageBytes, isDataUrl } from "./image-download/carried-image-bytes.js";
