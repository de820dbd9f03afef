import type { ChatCompletionRequest } from "../contract/chat-completion-request.js";
import type { DevResponse } from "../http/dev-response.js";
import { openAiError } from "../http/openai-error.js";
import type { ChatModelFacts } from "./model-catalogue.js";

/** Refused by reasoning models outright, whatever the value. */
const NEVER_WITH_REASONING = ["presence_penalty", "frequency_penalty", "logit_bias"] as const;
/** Refused by reasoning models unless a later gpt-5 runs with `reasoning_effort: "none"`. */
const SAMPLING = ["top_p", "logprobs", "top_logprobs"] as const;

function unsupportedParameter(param: string, hint = ""): DevResponse {
  return openAiError(400, {
    message: `Unsupported parameter: '${param}' is not supported with this model.${hint}`,
    type: "invalid_request_error",
    code: "unsupported_parameter",
    param,
  });
}

/**
 * What an upstream chat model refuses in an otherwise valid request, with the messages OpenAI answers:
 * reasoning models refuse `max_tokens`, a `temperature` other than 1 and the other sampling fields; OpenAI's
 * older models refuse `reasoning_effort`.
 */
export function checkChatModel(request: ChatCompletionRequest, facts: ChatModelFacts): DevResponse | undefined {
  if (facts.refusesReasoningEffort && request.reasoning_effort != null) {
    return openAiError(400, {
      message: "Unrecognized request argument supplied: reasoning_effort",
      type: "invalid_request_error",
      code: null,
      param: "reasoning_effort",
    });
  }
  if (!facts.reasoning) return undefined;
  if (request.max_tokens != null) return unsupportedParameter("max_tokens", " Use 'max_completion_tokens' instead.");
  const samplingAllowed = facts.samplingWithoutReasoning && request.reasoning_effort === "none";
  if (!samplingAllowed && request.temperature != null && request.temperature !== 1) {
    return openAiError(400, {
      message: `Unsupported value: 'temperature' does not support ${request.temperature} with this model. Only the default (1) value is supported.`,
      type: "invalid_request_error",
      code: "unsupported_value",
      param: "temperature",
    });
  }
  if (!samplingAllowed) {
    const sampling = SAMPLING.find((field) => request[field] != null);
    if (sampling) return unsupportedParameter(sampling);
  }
  const refused = NEVER_WITH_REASONING.find((field) => request[field] != null);
  return refused ? unsupportedParameter(refused) : undefined;
}
