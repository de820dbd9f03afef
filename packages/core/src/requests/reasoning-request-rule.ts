import { isReasoningModel } from "../models/reasoning-models.js";
import type { RequestWarning } from "./request-warning.js";

/**
 * Fields reasoning models refuse (OpenAI answers 400 unsupported_parameter / unsupported_value for them): the
 * sampling controls. Sending them breaks the call, so they are left out with a warning instead, as vercel/ai
 * does for its "unsupported-setting".
 */
export const REASONING_UNSUPPORTED_FIELDS = [
  "temperature",
  "top_p",
  "presence_penalty",
  "frequency_penalty",
  "logprobs",
  "top_logprobs",
  "logit_bias",
] as const;

/**
 * The reasoning-model request rule, shared by every platform (its fixture table in core/fixtures is run by the
 * TypeScript and the Python plugin code): for a reasoning model a limit given as `max_tokens` goes out as
 * `max_completion_tokens`, and the fields it refuses are left out, each with a warning. Other models' fields pass
 * unchanged. Never mutates the input.
 */
export function applyReasoningModelRule<T extends { model: string } & Record<string, unknown>>(request: T): { request: T; warnings: RequestWarning[] } {
  if (!isReasoningModel(request.model)) return { request, warnings: [] };
  const adjusted: Record<string, unknown> = { ...request };
  const warnings: RequestWarning[] = [];
  if (adjusted.max_tokens !== undefined && adjusted.max_completion_tokens === undefined) {
    adjusted.max_completion_tokens = adjusted.max_tokens;
    delete adjusted.max_tokens;
  }
  for (const field of REASONING_UNSUPPORTED_FIELDS) {
    if (adjusted[field] === undefined) continue;
    delete adjusted[field];
    warnings.push({ field, message: `${request.model} is a reasoning model, which refuses ${field}; it was not sent.` });
  }
  return { request: adjusted as T, warnings };
}
