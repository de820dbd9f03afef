import { DEFAULT_CHAT_MODEL } from "../operations/chat-completions.js";
import { DEFAULT_EMBEDDING_MODEL, EMBEDDING_MODEL_DIMENSIONS } from "../operations/embeddings.js";
import { DEFAULT_IMAGE_MODEL } from "../operations/image-generation.js";

export interface KnownChatModel {
  id: string;
  label: string;
  contextWindow: number;
  maxOutputTokens: number;
  vision: boolean;
  toolCalls: boolean;
}

export interface KnownEmbeddingModel {
  id: string;
  label: string;
  contextWindow: number;
  dimensions: number;
}

export interface KnownImageModel {
  id: string;
  label: string;
  /** Whether the model takes `response_format` (see refusesResponseFormat). */
  acceptsResponseFormat: boolean;
}

/**
 * The chat models the gateway's setup guides validate with, in the order they recommend (first check
 * first). Context and output sizes are the vendors' published limits; the ids are the gateway's.
 */
export const KNOWN_CHAT_MODELS: readonly KnownChatModel[] = [
  { id: DEFAULT_CHAT_MODEL, label: "GPT-5.4", contextWindow: 400_000, maxOutputTokens: 128_000, vision: true, toolCalls: true },
  { id: "claude-sonnet-4-6", label: "Claude Sonnet 4.6", contextWindow: 200_000, maxOutputTokens: 64_000, vision: true, toolCalls: true },
  { id: "gemini-3-pro-preview", label: "Gemini 3 Pro Preview", contextWindow: 1_048_576, maxOutputTokens: 65_536, vision: true, toolCalls: true },
];

function embeddingModel(id: string, label: string): KnownEmbeddingModel {
  const dimensions = EMBEDDING_MODEL_DIMENSIONS[id];
  if (dimensions === undefined) throw new Error(`no dimensions known for ${id}`);
  return { id, label, contextWindow: 8191, dimensions };
}

/** Embedding models, cheaper default first. */
export const KNOWN_EMBEDDING_MODELS: readonly KnownEmbeddingModel[] = [
  embeddingModel(DEFAULT_EMBEDDING_MODEL, "text-embedding-3-small"),
  embeddingModel("text-embedding-3-large", "text-embedding-3-large"),
];

export const KNOWN_IMAGE_MODELS: readonly KnownImageModel[] = [
  // OpenAI's image API: response_format "isn't supported for gpt-image models, which always return base64".
  { id: DEFAULT_IMAGE_MODEL, label: "GPT Image 2", acceptsResponseFormat: false },
  { id: "qwen-image", label: "Qwen Image", acceptsResponseFormat: false },
];
