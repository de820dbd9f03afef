import { DEFAULT_CHAT_MODEL } from "../operations/chat-completions.js";
import { DEFAULT_EMBEDDING_MODEL, EMBEDDING_MODEL_DIMENSIONS } from "../operations/embeddings.js";
import { DEFAULT_IMAGE_MODEL } from "../operations/image-generation.js";

/** The `reasoning_effort` levels a model takes (OpenAI's names; gateways map them onto the vendor's own setting). */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max";

export interface KnownChatModel {
  id: string;
  label: string;
  /** Context window in tokens, prompt and reply together, as the vendor publishes it. */
  contextWindow: number;
  /** The most reply tokens one request may ask for, as the vendor publishes it. */
  maxOutputTokens: number;
  vision: boolean;
  /** Function calling; with it the model may call several tools in one turn and stream its calls. */
  toolCalls: boolean;
  /** Answers in a given JSON Schema (`response_format: json_schema`). */
  structuredOutput: boolean;
  /** The sampling settings the model takes, or undefined for a reasoning model that refuses them all. */
  sampling: { temperatureMax: number; topP: boolean } | undefined;
  /** The levels `reasoning_effort` may take for this model; empty when it has none. */
  reasoningEfforts: readonly ReasoningEffort[];
  /** Where the figures above were read. */
  source: string;
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
 * first). The single place for their facts: every platform's model lists (Dify's YAML among them) are generated
 * from here. Context and output sizes are the vendors' own published limits; the ids are the gateway's.
 */
export const KNOWN_CHAT_MODELS: readonly KnownChatModel[] = [
  {
    id: DEFAULT_CHAT_MODEL,
    label: "GPT-5.4",
    // OpenAI's model page: 1,050,000 tokens of context, 128,000 output; reasoning effort none to xhigh (no minimal).
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    vision: true,
    toolCalls: true,
    structuredOutput: true,
    // A reasoning model: OpenAI refuses temperature and top_p with any effort but none (see reasoning-models.ts).
    sampling: undefined,
    reasoningEfforts: ["none", "low", "medium", "high", "xhigh"],
    source: "https://platform.openai.com/docs/models/gpt-5.4",
  },
  {
    id: "claude-sonnet-4-6",
    label: "Claude Sonnet 4.6",
    // Anthropic's model overview: 1M tokens of context, 128K output; effort low, medium, high and max.
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    vision: true,
    toolCalls: true,
    structuredOutput: true,
    // Anthropic's temperature runs 0 to 1, and Claude 4.5 and later refuse temperature and top_p together.
    sampling: { temperatureMax: 1, topP: false },
    reasoningEfforts: ["low", "medium", "high", "max"],
    source: "https://platform.claude.com/docs/en/models/sonnet-4-6/overview",
  },
  {
    id: "gemini-3-pro-preview",
    label: "Gemini 3 Pro Preview",
    // Google's model card: 1,048,576 input tokens, 65,536 output; thinking level low or high.
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    vision: true,
    toolCalls: true,
    structuredOutput: true,
    sampling: { temperatureMax: 2, topP: true },
    reasoningEfforts: ["low", "high"],
    source: "https://ai.google.dev/gemini-api/docs/models#gemini-3-pro",
  },
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
