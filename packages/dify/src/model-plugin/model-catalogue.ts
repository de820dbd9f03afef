import { KNOWN_CHAT_MODELS, KNOWN_EMBEDDING_MODELS, type KnownChatModel } from "@crazyrouter/core";

/** Dify's names for what a chat model can do. */
export type LlmFeature = "tool-call" | "multi-tool-call" | "stream-tool-call" | "vision" | "structured-output" | "agent-thought";

/** The predefined models Dify lists: the core's known models, in the order the setup guides recommend. */
export const PREDEFINED_CHAT_MODELS = KNOWN_CHAT_MODELS;
export const PREDEFINED_EMBEDDING_MODELS = KNOWN_EMBEDDING_MODELS;

export function chatModelFeatures(model: KnownChatModel): LlmFeature[] {
  const features: LlmFeature[] = [];
  if (model.toolCalls) features.push("tool-call", "multi-tool-call", "stream-tool-call");
  if (model.vision) features.push("vision");
  // Dify offers its structured-output switch (a json_schema reply format) only for models that declare it.
  if (model.structuredOutput) features.push("structured-output");
  features.push("agent-thought");
  return features;
}
