/**
 * The official openai SDK's request types as a compile-time contract for the canonical requests: every body core can
 * build must be a request the SDK's types (written from the API reference by OpenAI) accept. `typecheck` compiles
 * this file; a field core sends that the API does not know, or a value outside its type, fails it.
 */
import type { CanonicalChatRequest, CanonicalEmbeddingsRequest, CanonicalImageRequest } from "@crazyrouter/core/internal";
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import type { EmbeddingCreateParams } from "openai/resources/embeddings";
import type { ImageGenerateParams } from "openai/resources/images";

/** `true` when every value of `From` is a `To`; the constants below fail to compile otherwise. */
type Assignable<From, To> = [From] extends [To] ? true : false;

export const chatRequestIsAnOpenAiChatRequest: Assignable<CanonicalChatRequest, ChatCompletionCreateParams> = true;
export const embeddingsRequestIsAnOpenAiEmbeddingsRequest: Assignable<CanonicalEmbeddingsRequest, EmbeddingCreateParams> = true;
export const imageRequestIsAnOpenAiImageRequest: Assignable<CanonicalImageRequest, ImageGenerateParams> = true;
