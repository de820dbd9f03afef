import { DEFAULT_IMAGE_MODEL, DEFAULT_REGION, imageGenerationOperation } from "@crazyrouter/core";
import { BASE_URL_REGION_HELP, CUSTOM_BASE_URL_HELP, baseUrlOptions } from "../base-url-options.js";
import { HOMEPAGE_URL, IMAGE_PLUGIN_NAME, PLUGIN_AUTHOR } from "../plugin-metadata.js";
import { requestField } from "@crazyrouter/core";
import { withChineseLabels } from "../chinese-labels.js";

export const IMAGE_TOOL_NAME = "generate_image";
export const IMAGE_TOOL_FILE = `tools/${IMAGE_TOOL_NAME}.yaml`;
export const IMAGE_TOOL_SOURCE = `tools/${IMAGE_TOOL_NAME}.py`;
export const IMAGE_PROVIDER_SOURCE = `provider/${IMAGE_PLUGIN_NAME}.py`;

/** provider/crazyrouter_image.yaml: identity, credentials in map form, the tool list. */
export function imageProviderYaml(): Record<string, unknown> {
  return withChineseLabels({
    identity: {
      author: PLUGIN_AUTHOR,
      name: IMAGE_PLUGIN_NAME,
      label: { en_US: "Crazyrouter Image" },
      description: { en_US: imageGenerationOperation.title + " with Crazyrouter image models (gpt-image-2, qwen-image and more)." },
      icon: "icon.svg",
      tags: ["image", "design"],
    },
    credentials_for_provider: {
      api_key: {
        type: "secret-input",
        required: true,
        label: { en_US: "API Key" },
        placeholder: { en_US: "sk-... from the Crazyrouter dashboard" },
        help: { en_US: "A key allowed to use the image models you pick." },
        url: HOMEPAGE_URL,
      },
      base_url_region: {
        type: "select",
        required: false,
        default: DEFAULT_REGION,
        label: { en_US: "Region" },
        help: { en_US: BASE_URL_REGION_HELP },
        options: baseUrlOptions(),
      },
      custom_base_url: {
        type: "text-input",
        required: false,
        label: { en_US: "Custom base URL" },
        help: { en_US: CUSTOM_BASE_URL_HELP },
      },
    },
    tools: [IMAGE_TOOL_FILE],
    extra: { python: { source: IMAGE_PROVIDER_SOURCE } },
  });
}

/** tools/generate_image.yaml: parameters, descriptions and limits from the core's image request schema. */
export function imageToolYaml(): Record<string, unknown> {
  const field = (name: string) => requestField(imageGenerationOperation, name);
  const model = field("model");
  const prompt = field("prompt");
  const size = field("size");
  const count = field("n");
  const quality = field("quality");
  return withChineseLabels({
    identity: { name: IMAGE_TOOL_NAME, author: PLUGIN_AUTHOR, label: { en_US: "Generate image" } },
    description: { human: { en_US: imageGenerationOperation.title + " from a text prompt." }, llm: imageGenerationOperation.summary },
    parameters: [
      {
        name: "prompt",
        type: "string",
        required: true,
        form: "llm",
        label: { en_US: "Prompt" },
        human_description: { en_US: prompt.description },
        llm_description: prompt.description,
      },
      {
        name: "model",
        type: "string",
        required: false,
        default: DEFAULT_IMAGE_MODEL,
        form: "form",
        label: { en_US: "Model" },
        human_description: { en_US: model.description },
      },
      {
        name: "size",
        type: "string",
        required: false,
        form: "form",
        label: { en_US: "Size" },
        human_description: { en_US: size.description },
      },
      {
        name: "n",
        type: "number",
        required: false,
        form: "form",
        min: count.minimum,
        max: count.maximum,
        label: { en_US: "Number of images" },
        human_description: { en_US: count.description },
      },
      {
        name: "quality",
        type: "select",
        required: false,
        form: "form",
        label: { en_US: "Quality" },
        human_description: { en_US: quality.description },
        options: (quality.options ?? []).map((value) => ({ value, label: { en_US: value } })),
      },
    ],
    extra: { python: { source: IMAGE_TOOL_SOURCE } },
  });
}
