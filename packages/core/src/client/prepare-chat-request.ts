import type { ChatCompletionRequest } from "../operations/chat-completions.js";
import { isReasoningModel } from "../models/reasoning-models.js";

/**
 * The one adjustment every platform makes alike: reasoning models reject `max_tokens`, so a limit given
 * that way is sent as `max_completion_tokens` (the known pain of generic OpenAI-compatible providers).
 */
export function prepareChatRequest(request: ChatCompletionRequest): ChatCompletionRequest {
  if (request.max_tokens === undefined || request.max_completion_tokens !== undefined || !isReasoningModel(request.model)) return request;
  const { max_tokens: limit, ...rest } = request;
  return { ...rest, max_completion_tokens: limit };
}
