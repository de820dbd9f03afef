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
 * What the rules know of a model: a predefined model brings the core's facts (sampling ranges, reasoning efforts,
 * structured output); a custom model only its id and output limit, and gets the schema's full ranges.
 */
export type RuleFacts = Pick<KnownChatModel, "id" | "maxOutputTokens"> & Partial<Pick<KnownChatModel, "sampling" | "reasoningEfforts" | "structuredOutput">>;

/** The sampling a model takes: the core's facts for a known model, else none for a reasoning model, else the schema's. */
function samplingOf(model: RuleFacts): KnownChatModel["sampling"] {
  if ("sampling" in model) return model.sampling;
  return isReasoningModel(model.id)
    ? undefined
    : { temperatureMax: limit(requestField(chatCompletionsOperation, "temperature").maximum, "temperature maximum"), topP: true };
}

/** The reasoning efforts a model takes: the core's facts for a known model, else every level for a reasoning model. */
function effortsOf(model: RuleFacts): readonly string[] {
  if (model.reasoningEfforts) return model.reasoningEfforts;
  return isReasoningModel(model.id) ? (requestField(chatCompletionsOperation, "reasoning_effort").options ?? []) : [];
}

/**
 * The parameters Dify shows for a chat model. Names and help text come from the core's chat request schema, ranges
 * and choices from the core's model facts for a predefined model (Claude's temperature runs to 1 and it takes no top
 * P beside it; GPT-5.4 takes reasoning effort none to xhigh and no sampling). None is required, so only what the user
 * sets is sent. `max_tokens` is sent as `max_completion_tokens` to a reasoning model by the Python side.
 */
export function llmParameterRules(model: RuleFacts): ParameterRule[] {
  const reasoning = isReasoningModel(model.id);
  const rules: ParameterRule[] = [];
  const sampling = samplingOf(model);
  if (sampling) {
    rules.push({ ...numberRule("temperature", "Temperature", requestField(chatCompletionsOperation, "temperature"), 1), max: sampling.temperatureMax });
    if (sampling.topP) rules.push(numberRule("top_p", "Top P", requestField(chatCompletionsOperation, "top_p"), 1));
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
  const efforts = effortsOf(model);
  if (efforts.length > 0) {
    const effort = requestField(chatCompletionsOperation, "reasoning_effort");
    rules.push({
      name: "reasoning_effort",
      label: { en_US: "Reasoning Effort" },
      type: "string",
      help: { en_US: effort.description },
      required: false,
      options: [...efforts],
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
    // A model that does not follow a JSON Schema is not offered json_schema.
    options: (formatType.options ?? []).filter((option) => option !== "json_schema" || model.structuredOutput !== false),
  });
  if (model.structuredOutput === false) return rules;
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
