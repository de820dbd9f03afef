import { buildManifest } from "../manifest.js";
import { iconSvg } from "../icon-svg.js";
import type { PluginFile, PluginFolder } from "../plugin-folder.js";
import { MODEL_PLUGIN_NAME, PLUGIN_VERSION } from "../plugin-metadata.js";
import { privacyMd } from "../privacy-md.js";
import { readPythonSource } from "../python-sources.js";
import { sharedPluginFiles } from "../shared-plugin-files.js";
import { toPythonLiteral } from "../to-python-literal.js";
import { toYaml } from "../to-yaml.js";
import { llmParameterRules } from "./llm-parameter-rules.js";
import { PREDEFINED_CHAT_MODELS, PREDEFINED_EMBEDDING_MODELS } from "./model-catalogue.js";
import { embeddingModelYaml, llmModelYaml } from "./model-yaml.js";
import { EMBEDDING_SOURCE, LLM_SOURCE, PROVIDER_SOURCE, modelProviderYaml } from "./provider-yaml.js";
import { modelPluginReadme } from "./model-plugin-readme.js";

/** Parameter rules for models users add by name, so the Python does not restate the core's limits. */
function customParameterRulesModule(): string {
  // max is replaced at run time by the model's "Upper bound for max tokens" credential.
  const plain = llmParameterRules({ id: "custom-model", maxOutputTokens: 16384 });
  const reasoning = llmParameterRules({ id: "gpt-5-custom", maxOutputTokens: 16384 });
  return [
    '"""Parameter rules of custom chat models, from @crazyrouter/core. Generated: do not edit by hand."""',
    "",
    `CUSTOM_LLM_PARAMETER_RULES = ${toPythonLiteral(plain)}`,
    "",
    `CUSTOM_REASONING_LLM_PARAMETER_RULES = ${toPythonLiteral(reasoning)}`,
    "",
  ].join("\n");
}

/** The `crazyrouter` model-provider plugin: chat and embedding models, no tools. */
export function modelProviderPlugin(): PluginFolder {
  const providerFile = `provider/${MODEL_PLUGIN_NAME}.yaml`;
  const files: PluginFile[] = [
    {
      path: "manifest.yaml",
      content: toYaml(
        buildManifest({
          name: MODEL_PLUGIN_NAME,
          label: "Crazyrouter",
          description: "Chat and embedding models through the Crazyrouter gateway (OpenAI-compatible, one key for GPT, Claude and Gemini).",
          plugins: { models: [providerFile] },
        }),
      ),
    },
    { path: "README.md", content: modelPluginReadme() },
    { path: "PRIVACY.md", content: privacyMd("Crazyrouter models", "the chat messages, tool definitions and texts to embed that Dify passes to it") },
    { path: "_assets/icon.svg", content: iconSvg("#818CF8") },
    { path: providerFile, content: toYaml(modelProviderYaml()) },
    { path: PROVIDER_SOURCE, content: readPythonSource("model/provider.py") },
    { path: "models/__init__.py", content: "" },
    { path: "models/llm/__init__.py", content: "" },
    { path: LLM_SOURCE, content: readPythonSource("model/llm.py") },
    { path: "models/llm/parameter_rules.py", content: customParameterRulesModule() },
    { path: "models/llm/_position.yaml", content: toYaml(PREDEFINED_CHAT_MODELS.map((model) => model.id)) },
    ...PREDEFINED_CHAT_MODELS.map((model) => ({ path: `models/llm/${model.id}.yaml`, content: toYaml(llmModelYaml(model)) })),
    { path: "models/text_embedding/__init__.py", content: "" },
    { path: EMBEDDING_SOURCE, content: readPythonSource("model/text_embedding.py") },
    { path: "models/text_embedding/_position.yaml", content: toYaml(PREDEFINED_EMBEDDING_MODELS.map((model) => model.id)) },
    ...PREDEFINED_EMBEDDING_MODELS.map((model) => ({
      path: `models/text_embedding/${model.id}.yaml`,
      content: toYaml(embeddingModelYaml(model)),
    })),
    ...sharedPluginFiles(),
  ];
  return { name: MODEL_PLUGIN_NAME, version: PLUGIN_VERSION, files };
}
