import { DEFAULT_REGION, embeddingsOperation, MAX_EMBEDDING_INPUTS_PER_REQUEST } from "@crazyrouter/core";
import { BASE_URL_REGION_HELP, CUSTOM_BASE_URL_HELP, baseUrlOptions } from "../base-url-options.js";
import { requestField } from "@crazyrouter/core";

/** One field of a Dify model-provider credential form. */
export interface CredentialFormSchema {
  variable: string;
  label: { en_US: string };
  type: "text-input" | "secret-input" | "select" | "radio";
  required: boolean;
  default?: string;
  placeholder?: { en_US: string };
  options?: { value: string; label: { en_US: string } }[];
  show_on?: { variable: string; value: string }[];
}

const onlyFor = (modelType: "llm" | "text-embedding") => [{ variable: "__model_type", value: modelType }];

const yesNo = (yes: string, no: string) => [
  { value: yes, label: { en_US: "Yes" } },
  { value: no, label: { en_US: "No" } },
];

/** The key and where to send it: the same three fields for the provider and for each custom model. */
export function connectionForms(): CredentialFormSchema[] {
  return [
    {
      variable: "api_key",
      label: { en_US: "API Key" },
      type: "secret-input",
      required: true,
      placeholder: { en_US: "sk-... from the Crazyrouter dashboard (a dedicated key for Dify)" },
    },
    {
      variable: "base_url_region",
      label: { en_US: "Region" },
      type: "select",
      required: false,
      default: DEFAULT_REGION,
      options: baseUrlOptions(),
      placeholder: { en_US: BASE_URL_REGION_HELP },
    },
    {
      variable: "custom_base_url",
      label: { en_US: "Custom base URL" },
      type: "text-input",
      required: false,
      placeholder: { en_US: CUSTOM_BASE_URL_HELP },
    },
  ];
}

/** Extra fields for a model the user adds by name (any model the key may call). */
export function customModelForms(): CredentialFormSchema[] {
  const dimensions = requestField(embeddingsOperation, "dimensions");
  return [
    ...connectionForms(),
    {
      variable: "context_size",
      label: { en_US: "Context size (tokens)" },
      type: "text-input",
      required: true,
      default: "128000",
      placeholder: { en_US: "How many tokens the model reads at most" },
    },
    {
      variable: "max_tokens_to_sample",
      label: { en_US: "Upper bound for max tokens" },
      type: "text-input",
      required: false,
      default: "16384",
      show_on: onlyFor("llm"),
    },
    {
      variable: "function_calling_type",
      label: { en_US: "Function calling" },
      type: "select",
      required: false,
      default: "tool_call",
      options: [
        { value: "tool_call", label: { en_US: "Supported (tools)" } },
        { value: "no_call", label: { en_US: "Not supported" } },
      ],
      show_on: onlyFor("llm"),
    },
    {
      variable: "stream_function_calling",
      label: { en_US: "Tool calls while streaming" },
      type: "radio",
      required: false,
      default: "supported",
      options: [
        { value: "supported", label: { en_US: "Yes" } },
        { value: "not_supported", label: { en_US: "No" } },
      ],
      show_on: onlyFor("llm"),
    },
    {
      variable: "vision_support",
      label: { en_US: "Vision (image input)" },
      type: "radio",
      required: false,
      default: "no_support",
      options: yesNo("support", "no_support"),
      show_on: onlyFor("llm"),
    },
    {
      variable: "token_limit_parameter",
      label: { en_US: "Output limit parameter" },
      type: "select",
      required: false,
      default: "auto",
      options: [
        { value: "auto", label: { en_US: "Automatic (max_completion_tokens for gpt-5 and o-series)" } },
        { value: "max_tokens", label: { en_US: "max_tokens" } },
        { value: "max_completion_tokens", label: { en_US: "max_completion_tokens (reasoning models)" } },
      ],
      show_on: onlyFor("llm"),
    },
    {
      variable: "dimensions",
      label: { en_US: "Vector dimensions (optional)" },
      type: "text-input",
      required: false,
      placeholder: { en_US: dimensions.description },
      show_on: onlyFor("text-embedding"),
    },
    {
      variable: "max_chunks",
      label: { en_US: "Texts per request" },
      type: "text-input",
      required: false,
      default: String(MAX_EMBEDDING_INPUTS_PER_REQUEST),
      placeholder: { en_US: `At most ${MAX_EMBEDDING_INPUTS_PER_REQUEST} texts go in one embeddings request.` },
      show_on: onlyFor("text-embedding"),
    },
  ];
}
