/**
 * Reasoning models (OpenAI gpt-5 family and o-series) read `max_completion_tokens` and reject `max_tokens`
 * and sampling parameters. A provider prefix (`openai/gpt-5.4`, as some gateways list models) does not hide one.
 * Kept as a regular-expression source so the Python plugins can use the very same rule; the cases are the table
 * in `fixtures/reasoning-models.json`.
 */
export const REASONING_MODEL_PATTERN = "^(?:[^/]+/)*(?:gpt-5|o[1-9])(?:[^a-z]|$)";

const reasoningModel = new RegExp(REASONING_MODEL_PATTERN);

export function isReasoningModel(id: string): boolean {
  return reasoningModel.test(id.toLowerCase());
}
