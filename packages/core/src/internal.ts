/**
 * @crazyrouter/core/internal: building blocks behind the public API, for the core's own packages' tests and
 * tools (conformance suites, rule-case tables, schema checks). Not a stable API: adapters use
 * `@crazyrouter/core`, and anything they need belongs there.
 */

// Schemas, limits and the canonical request shapes the conformance suites compare with other SDKs.
export {
  chatTextPartSchema,
  chatImagePartSchema,
  chatAudioPartSchema,
  chatFilePartSchema,
  chatRefusalPartSchema,
  chatUserPartSchema,
  chatAssistantPartSchema,
  textOnlyParts,
  chatToolCallSchema,
  chatMessageSchema,
  chatCompletionRequestSchema,
  chatCompletionResponseSchema,
  chatCompletionChunkSchema,
  usageSchema,
  MAX_OUTPUT_TOKENS,
  MAX_CHAT_CHOICES,
  type CanonicalChatRequest,
} from "./operations/chat-completions.js";
export {
  embeddingsRequestSchema,
  embeddingsResponseSchema,
  embeddingsEnvelopeSchema,
  type EmbeddingsRequest,
  type EmbeddingsResponse,
  type CanonicalEmbeddingsRequest,
} from "./operations/embeddings.js";
export { imageGenerationRequestSchema, imageGenerationResponseSchema, IMAGE_SIDE_RANGE, type CanonicalImageRequest } from "./operations/image-generation.js";
export { listModelsResponseSchema } from "./operations/list-models.js";
export { CLIENT_URL_FORMS } from "./base-url/format-base-url-for-client.js";

// Request building and validation.
export { buildChatRequest, type BuiltRequest, type ChatRequestMode } from "./requests/build-chat-request.js";
export { buildEmbeddingsRequests, type BuiltEmbeddingsRequests } from "./requests/build-embeddings-requests.js";
export { buildImageRequest } from "./requests/build-image-request.js";
export { applyReasoningModelRule } from "./requests/reasoning-request-rule.js";
export { refusesResponseFormat } from "./models/image-models.js";
export { validateRequest } from "./validation/validate-request.js";

// Answers, errors and retries.
export { classifyHttpError, type HttpErrorFacts } from "./errors/classify-http-error.js";
export { redactError } from "./errors/redact-error.js";
export { parseJsonBody } from "./http/parse-json-body.js";
export { backoffDelayMs, parseRetryAfter } from "./retry/retry-policy.js";
export { decodeEmbedding } from "./embeddings/decode-embedding.js";
export { splitIntoBatches } from "./embeddings/split-into-batches.js";

// Image-download rules and the rule-case table every runtime's tests run.
export { checkImageUrl, type ImageUrlAccess, type ImageUrlRefusal, type ImageUrlVerdict } from "./image-download/check-image-url.js";
export { classifyIpAddress, type AddressKind } from "./image-download/classify-ip-address.js";
export { classifyHostName, type HostNameKind } from "./image-download/classify-host-name.js";
export { ImageHostRefusedError } from "./image-download/image-host-refused-error.js";
export { sniffImageType, type ImageType } from "./image-download/sniff-image-type.js";
export { IMAGE_DOWNLOAD_RULE_CASES, type AddressCase, type ImageUrlCase, type SignatureCase } from "./image-download/image-download-rule-cases.js";

// The shared fixture tables' row types (fixtures/*.json), for the suites that run them.
export type {
  FixtureTable,
  BaseUrlFixtureRow,
  ApiKeyFixtureRow,
  HttpErrorFixtureRow,
  RedactionFixtureRow,
  ReasoningModelFixtureRow,
} from "./fixtures/fixture-rows.js";
