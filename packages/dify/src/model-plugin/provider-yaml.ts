import { HOMEPAGE_URL, MODEL_PLUGIN_NAME } from "../plugin-metadata.js";
import { connectionForms, customModelForms } from "./credential-forms.js";
import { withChineseLabels } from "../chinese-labels.js";

export const LLM_SOURCE = "models/llm/llm.py";
export const EMBEDDING_SOURCE = "models/text_embedding/text_embedding.py";
export const PROVIDER_SOURCE = `provider/${MODEL_PLUGIN_NAME}.py`;

/** provider/crazyrouter.yaml: credentials, model types, where the models and classes are. */
export function modelProviderYaml(): Record<string, unknown> {
  return withChineseLabels({
    provider: MODEL_PLUGIN_NAME,
    label: { en_US: "Crazyrouter" },
    description: {
      en_US: "GPT, Claude, Gemini and embedding models behind one OpenAI-compatible Crazyrouter key.",
    },
    icon_small: { en_US: "icon.svg" },
    icon_large: { en_US: "icon.svg" },
    background: "#EEF2FF",
    help: {
      title: { en_US: "Create a dedicated sk-... key for Dify in the Crazyrouter dashboard" },
      url: { en_US: HOMEPAGE_URL },
    },
    supported_model_types: ["llm", "text-embedding"],
    configurate_methods: ["predefined-model", "customizable-model"],
    provider_credential_schema: { credential_form_schemas: connectionForms() },
    model_credential_schema: {
      model: {
        label: { en_US: "Model name" },
        placeholder: { en_US: "The model id exactly as the key's model list (GET /models) spells it" },
      },
      credential_form_schemas: customModelForms(),
    },
    models: {
      llm: { position: "models/llm/_position.yaml", predefined: ["models/llm/*.yaml"] },
      text_embedding: { position: "models/text_embedding/_position.yaml", predefined: ["models/text_embedding/*.yaml"] },
    },
    extra: { python: { provider_source: PROVIDER_SOURCE, model_sources: [LLM_SOURCE, EMBEDDING_SOURCE] } },
  });
}
