import { MAX_EMBEDDING_INPUTS_PER_REQUEST } from "@crazyrouter/core";
import { llmParameterRules } from "./llm-parameter-rules.js";
import type { KnownChatModel, KnownEmbeddingModel } from "@crazyrouter/core";
import { chatModelFeatures } from "./model-catalogue.js";
import { withChineseLabels } from "../chinese-labels.js";

/** models/llm/<model>.yaml for a predefined chat model. */
export function llmModelYaml(model: KnownChatModel): Record<string, unknown> {
  return withChineseLabels({
    model: model.id,
    // A model's name reads the same in Chinese.
    label: { en_US: model.label, zh_Hans: model.label },
    model_type: "llm",
    features: chatModelFeatures(model),
    model_properties: { mode: "chat", context_size: model.contextWindow },
    parameter_rules: llmParameterRules(model),
  });
}

/** models/text_embedding/<model>.yaml: one request carries up to the gateway's per-request maximum. */
export function embeddingModelYaml(model: KnownEmbeddingModel): Record<string, unknown> {
  return {
    model: model.id,
    label: { en_US: `${model.label} (${model.dimensions} dimensions)`, zh_Hans: `${model.label}（${model.dimensions} 维）` },
    model_type: "text-embedding",
    model_properties: { context_size: model.contextWindow, max_chunks: MAX_EMBEDDING_INPUTS_PER_REQUEST },
  };
}
