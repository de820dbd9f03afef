import { chatCompletionsOperation } from "@crazyrouter/core";
import { requestField, type RequestField } from "@crazyrouter/core";
import { isReasoningModel, type KnownChatModel } from "@crazyrouter/core";

/** A Dify parameter rule as written in a model YAML. */
export interface ParameterRule {
  name: string;
  label: { en_US: string };
  type: "float" | "int" | "string" | "text" | "boolean";
  help: { en_US: string };
  required: boolean;
  default?: number | string;
  min?: number;
  max?: number;
  precision?: number;
  options?: string[];
}

function limit(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`the core states no ${what}`);
  return value;
}

function numberRule(name: string, label: string, field: RequestField, defaultValue: number): ParameterRule {
  return {
    name,
    label: { en_US: label },
    type: "float",
    help: { en_US: field.description },
    required: false,
    default: defaultValue,
    min: limit(field.minimum, `${name} minimum`),
    max: limit(field.maximum, `${name} maximum`),
    precision: 2,
  };
}

/**
 * The parameters Dify shows for a chat model. Names, limits and help text come from the core's chat request
 * schema. None is required, so only what the user sets is sent. Reasoning models get no sampling parameters
 * (they reject them) and `max_tokens` is sent as `max_completion_tokens` by the Python side.
 */
export function llmParameterRules(model: Pick<KnownChatModel, "id" | "maxOutputTokens">): ParameterRule[] {
  const reasoning = isReasoningModel(model.id);
  const rules: ParameterRule[] = [];
  if (!reasoning) {
    rules.push(numberRule("temperature", "Temperature", requestField(chatCompletionsOperation, "temperature"), 1));
    rules.push(numberRule("top_p", "Top P", requestField(chatCompletionsOperation, "top_p"), 1));
  }
  const maxTokens = requestField(chatCompletionsOperation, reasoning ? "max_completion_tokens" : "max_tokens");
  rules.push({
    name: "max_tokens",
    label: { en_US: "Max Tokens" },
    type: "int",
    help: { en_US: reasoning ? `${maxTokens.description} Sent as max_completion_tokens.` : maxTokens.description },
    required: false,
    default: Math.min(4096, model.maxOutputTokens),
    min: limit(maxTokens.minimum, "max_tokens minimum"),
    max: model.maxOutputTokens,
  });
  if (reasoning) {
    const effort = requestField(chatCompletionsOperation, "reasoning_effort");
    rules.push({
      name: "reasoning_effort",
      label: { en_US: "Reasoning Effort" },
      type: "string",
      help: { en_US: effort.description },
      required: false,
      options: limit(effort.options?.length, "reasoning_effort options") > 0 ? (effort.options ?? []) : [],
    });
  }
  const responseFormat = requestField(chatCompletionsOperation, "response_format");
  const formatType = requestField(chatCompletionsOperation, "response_format.type");
  rules.push({
    name: "response_format",
    label: { en_US: "Response Format" },
    type: "string",
    help: { en_US: responseFormat.description },
    required: false,
    options: formatType.options ?? [],
  });
  const jsonSchema = requestField(chatCompletionsOperation, "response_format.json_schema");
  rules.push({
    name: "json_schema",
    label: { en_US: "JSON Schema" },
    type: "text",
    help: { en_US: `${jsonSchema.description} Paste a JSON Schema; used when Response Format is json_schema.` },
    required: false,
  });
  return rules;
}
