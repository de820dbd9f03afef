import { MAX_EMBEDDING_INPUTS_PER_REQUEST } from "@crazyrouter/core";
import { llmParameterRules } from "./llm-parameter-rules.js";
import { chatModelFeatures, type PredefinedChatModel, type PredefinedEmbeddingModel } from "./model-catalogue.js";

/** models/llm/<model>.yaml for a predefined chat model. */
export function llmModelYaml(model: PredefinedChatModel): Record<string, unknown> {
  return {
    model: model.model,
    label: { en_US: model.label },
    model_type: "llm",
    features: chatModelFeatures(model),
    model_properties: { mode: "chat", context_size: model.contextSize },
    parameter_rules: llmParameterRules(model),
  };
}

/** models/text_embedding/<model>.yaml: one request carries up to the gateway's per-request maximum. */
export function embeddingModelYaml(model: PredefinedEmbeddingModel): Record<string, unknown> {
  return {
    model: model.model,
    label: { en_US: `${model.label} (${model.dimensions} dimensions)` },
    model_type: "text-embedding",
    model_properties: { context_size: model.contextSize, max_chunks: MAX_EMBEDDING_INPUTS_PER_REQUEST },
  };
}
