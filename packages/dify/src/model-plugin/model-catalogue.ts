import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, EMBEDDING_MODEL_DIMENSIONS } from "@crazyrouter/core";

/** Dify's names for what a chat model can do. */
export type LlmFeature = "tool-call" | "multi-tool-call" | "stream-tool-call" | "vision" | "agent-thought";

export interface PredefinedChatModel {
  model: string;
  label: string;
  contextSize: number;
  maxOutputTokens: number;
  vision: boolean;
  toolCalls: boolean;
}

export interface PredefinedEmbeddingModel {
  model: string;
  label: string;
  contextSize: number;
  dimensions: number;
}

/**
 * The chat models the gateway's guides validate with, in the order they recommend (first check first).
 * Context and output sizes are the vendors' published limits; the model ids are the gateway's.
 */
export const PREDEFINED_CHAT_MODELS: readonly PredefinedChatModel[] = [
  { model: DEFAULT_CHAT_MODEL, label: "GPT-5.4", contextSize: 400_000, maxOutputTokens: 128_000, vision: true, toolCalls: true },
  { model: "claude-sonnet-4-6", label: "Claude Sonnet 4.6", contextSize: 200_000, maxOutputTokens: 64_000, vision: true, toolCalls: true },
  { model: "gemini-3-pro-preview", label: "Gemini 3 Pro Preview", contextSize: 1_048_576, maxOutputTokens: 65_536, vision: true, toolCalls: true },
];

function embeddingModel(model: string, label: string): PredefinedEmbeddingModel {
  const dimensions = EMBEDDING_MODEL_DIMENSIONS[model];
  if (dimensions === undefined) throw new Error(`the core does not know the dimensions of ${model}`);
  return { model, label, contextSize: 8191, dimensions };
}

/** Embedding models, cheaper default first; dimensions come from the core. */
export const PREDEFINED_EMBEDDING_MODELS: readonly PredefinedEmbeddingModel[] = [
  embeddingModel(DEFAULT_EMBEDDING_MODEL, "text-embedding-3-small"),
  embeddingModel("text-embedding-3-large", "text-embedding-3-large"),
];

/**
 * Reasoning models (OpenAI gpt-5 family and o-series) read `max_completion_tokens` and reject `max_tokens`
 * and sampling parameters. A Python regex, matched against the lower-cased model id.
 */
export const REASONING_MODEL_PATTERN = "^(gpt-5|o[1-9])([^a-z]|$)";

export function isReasoningModel(model: string): boolean {
  return new RegExp(REASONING_MODEL_PATTERN).test(model.toLowerCase());
}

export function chatModelFeatures(model: PredefinedChatModel): LlmFeature[] {
  const features: LlmFeature[] = [];
  if (model.toolCalls) features.push("tool-call", "multi-tool-call", "stream-tool-call");
  if (model.vision) features.push("vision");
  features.push("agent-thought");
  return features;
}
