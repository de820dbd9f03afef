/**
 * @crazyrouter/core: the gateway's operations described once (zod schemas with descriptions, defaults and
 * limits), the client that calls them, typed errors with fix hints, and the base-URL rules every client
 * needs. This entry imports nothing Node-only; `@crazyrouter/core/node` adds the undici transport.
 */
export type { OperationDefinition, OperationId } from "./operations/operation-definition.js";
export { operations, getOperation } from "./operations/operations.js";
export { requestJsonSchema, responseJsonSchema, type JsonSchema } from "./operations/request-json-schema.js";
export { requestField, requestFieldNames, type RequestField } from "./operations/request-field.js";
export * from "./operations/chat-completions.js";
export * from "./operations/embeddings.js";
export * from "./operations/image-generation.js";
export * from "./operations/list-models.js";

export { KNOWN_CHAT_MODELS, KNOWN_EMBEDDING_MODELS, KNOWN_IMAGE_MODELS, type KnownChatModel, type KnownEmbeddingModel, type KnownImageModel } from "./models/known-models.js";
export { modelKind, type ModelKind } from "./models/model-kind.js";
export { isReasoningModel, REASONING_MODEL_PATTERN } from "./models/reasoning-models.js";
export { buildChatRequest, type BuiltRequest, type ChatRequestMode } from "./requests/build-chat-request.js";
export { buildEmbeddingsRequests, DEFAULT_EMBEDDING_ENCODING, type BuiltEmbeddingsRequests } from "./requests/build-embeddings-requests.js";
export { buildImageRequest } from "./requests/build-image-request.js";
export { applyReasoningModelRule, REASONING_UNSUPPORTED_FIELDS } from "./requests/reasoning-request-rule.js";
export type { RequestWarning } from "./requests/request-warning.js";
export { refusesResponseFormat } from "./models/image-models.js";

export { REGIONS, DEFAULT_REGION, DEFAULT_BASE_URL, API_VERSION_PATH, regionBaseUrl, type Region } from "./base-url/regions.js";
export { normalizeBaseUrl, ENDPOINT_PATHS, type NormalizedBaseUrl } from "./base-url/normalize-base-url.js";
export { BASE_URL_CHANGES, BASE_URL_REFUSALS, type BaseUrlChange, type BaseUrlRefusal } from "./base-url/base-url-rules.js";
export { formatBaseUrlForClient, CLIENT_URL_FORMS, type ClientName } from "./base-url/format-base-url-for-client.js";
export { checkApiKey, type CheckedApiKey } from "./api-key/check-api-key.js";
export { API_KEY_CHANGES, API_KEY_REFUSALS, MAX_API_KEY_LENGTH, type ApiKeyChange, type ApiKeyRefusal } from "./api-key/api-key-rules.js";
export { SPACE_CLASS, INVISIBLE_CLASS, PRINTABLE_ASCII_CLASS, CONTROL_CLASS } from "./text/character-classes.js";
export { parseExtraHeaders } from "./config/parse-extra-headers.js";
export { isLoopbackHost } from "./network/is-loopback-host.js";
export { checkLoopbackRequest, type LoopbackRequestHeaders, type LoopbackRequestOptions } from "./network/check-loopback-request.js";

export { CrazyrouterError, type CrazyrouterErrorCode, type CrazyrouterErrorData } from "./errors/crazyrouter-error.js";
export { FIX_HINTS, SITUATION_HINTS } from "./errors/fix-hints.js";
export { classifyHttpError, type HttpErrorFacts } from "./errors/classify-http-error.js";
export { GATEWAY_ERROR_PATTERNS, RETRYABLE_ERROR_CODES, ERROR_EXCERPT_LENGTH } from "./errors/gateway-error-rules.js";
export { REQUEST_ID_HEADERS } from "./http/request-id.js";
export { redactSecrets, maskApiKey, KEY_LIKE_PATTERN, MIN_SECRET_LENGTH, REDACTED } from "./errors/redact-secrets.js";
export { redactError } from "./errors/redact-error.js";

export type {
  FixtureTable,
  BaseUrlFixtureRow,
  ApiKeyFixtureRow,
  HttpErrorFixtureRow,
  RedactionFixtureRow,
  ReasoningModelFixtureRow,
} from "./fixtures/fixture-rows.js";

export type { Transport, TransportRequest, TransportResponse } from "./transport/transport.js";
export { createFetchTransport } from "./transport/fetch-transport.js";
export type { Timers } from "./timers/timers.js";
export { DEFAULT_RETRY_POLICY, backoffDelayMs, parseRetryAfter, type RetryPolicy } from "./retry/retry-policy.js";
export { DEFAULT_DEADLINES, MAX_TIMEOUT_MS, formatDeadline, type Deadlines } from "./client/deadlines.js";
export { validateRequest } from "./validation/validate-request.js";
export { parseJsonBody } from "./http/parse-json-body.js";
export { decodeEmbedding } from "./embeddings/decode-embedding.js";
export { splitIntoBatches } from "./embeddings/split-into-batches.js";
export { DEFAULT_EMBEDDING_CONCURRENCY } from "./embeddings/embedding-concurrency.js";

export { checkImageUrl, type ImageUrlAccess, type ImageUrlRefusal, type ImageUrlVerdict } from "./image-download/check-image-url.js";
export { classifyIpAddress, ADDRESS_KIND_DESCRIPTIONS, IPV4_SPECIAL_RANGES, type AddressKind } from "./image-download/classify-ip-address.js";
export { classifyHostName, HOST_NAME_KIND_DESCRIPTIONS, LOCAL_NAME_SUFFIXES, METADATA_HOST_NAMES, type HostNameKind } from "./image-download/classify-host-name.js";
export { downloadImage, type DownloadImageOptions, type ImageDownload, type ImageDownloadRefusal } from "./image-download/download-image.js";
export type { ImageFetcher, ImageFetchRequest } from "./image-download/image-fetcher.js";
export { ImageHostRefusedError } from "./image-download/image-host-refused-error.js";
export { IMAGE_DOWNLOAD_MAX_BYTES, IMAGE_DOWNLOAD_MAX_REDIRECTS, IMAGE_DOWNLOAD_TIMEOUT_MS } from "./image-download/image-download-limits.js";
export { IMAGE_DOWNLOAD_RULE_CASES, type AddressCase, type ImageUrlCase, type SignatureCase } from "./image-download/image-download-rule-cases.js";
export { sniffImageType, type ImageType } from "./image-download/sniff-image-type.js";
export { checkImageBytes } from "./image-download/check-image-bytes.js";
export { carriedImageBytes, isDataUrl } from "./image-download/carried-image-bytes.js";

export {
  createClient,
  type CrazyrouterClient,
  type ChatResult,
  type EmbedRequest,
  type GeneratedImage,
  type ImageResult,
  type ModelsResult,
} from "./client/create-client.js";
export type { EmbeddingsResult } from "./embeddings/join-embedding-answers.js";
export type { ClientOptions, CallOptions, ResultMeta, Logger } from "./client/client-options.js";
export type { ChatSummary, ChatToolCall, ChatUsage } from "./client/summarize-chat.js";
export type { ChatStream } from "./streaming/chat-stream.js";
export type { StreamFormat } from "./streaming/chat-chunk-reader.js";
