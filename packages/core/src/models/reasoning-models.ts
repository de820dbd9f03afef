/**
 * Reasoning models (OpenAI gpt-5 family and o-series) read `max_completion_tokens` and reject `max_tokens`
 * and sampling parameters. Kept as a regex source so the Python plugins can use the very same rule.
 */
export const REASONING_MODEL_PATTERN = "^(gpt-5|o[1-9])([^a-z]|$)";

const reasoningModel = new RegExp(REASONING_MODEL_PATTERN);

export function isReasoningModel(id: string): boolean {
  return reasoningModel.test(id.toLowerCase());
}
