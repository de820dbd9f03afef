import type { ChatCompletionChunk, ChatCompletionResponse } from "../operations/chat-completions.js";

export interface ChatToolCall {
  id: string;
  name: string;
  /** The arguments as the model wrote them (JSON text). */
  arguments: string;
}

/**
 * Token counts under the gateway's own (OpenAI's) field names, so adapters that show them (MCP's structured
 * output) pass them through as they are rather than converting back and forth.
 */
export interface ChatUsage {
  prompt_tokens?: number | undefined;
  completion_tokens?: number | undefined;
  total_tokens?: number | undefined;
}

/** What most callers want from a chat answer, without digging through choices. */
export interface ChatSummary {
  text: string;
  reasoning: string | undefined;
  finishReason: string | undefined;
  toolCalls: ChatToolCall[];
  usage: ChatUsage | undefined;
  model: string | undefined;
}

function toUsage(usage: ChatCompletionResponse["usage"]): ChatUsage | undefined {
  if (!usage) return undefined;
  // The three counts only: details the gateway adds vary by route and model.
  return { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens, total_tokens: usage.total_tokens };
}

export function summarizeChatResponse(response: ChatCompletionResponse): ChatSummary {
  const choice = response.choices[0];
  const message = choice?.message;
  return {
    text: message?.content ?? "",
    reasoning: message?.reasoning_content ?? undefined,
    finishReason: choice?.finish_reason ?? undefined,
    toolCalls: (message?.tool_calls ?? []).map((call) => ({
      id: call.id ?? "",
      name: call.function?.name ?? "",
      arguments: call.function?.arguments ?? "",
    })),
    usage: toUsage(response.usage),
    model: response.model,
  };
}

/** Folds streamed chunks into the same summary a non-streaming call gives; tool-call fragments are joined by index. */
export class ChatSummaryBuilder {
  private text = "";
  private reasoning = "";
  private finishReason: string | undefined;
  private usage: ChatUsage | undefined;
  private model: string | undefined;
  private readonly toolCalls = new Map<number, ChatToolCall>();

  add(chunk: ChatCompletionChunk): void {
    if (chunk.model) this.model = chunk.model;
    if (chunk.usage) this.usage = toUsage(chunk.usage);
    const choice = chunk.choices[0];
    if (!choice) return;
    const delta = choice.delta;
    if (delta?.content) this.text += delta.content;
    if (delta?.reasoning_content) this.reasoning += delta.reasoning_content;
    for (const fragment of delta?.tool_calls ?? []) {
      const index = fragment.index ?? 0;
      const call = this.toolCalls.get(index) ?? { id: "", name: "", arguments: "" };
      if (fragment.id) call.id = fragment.id;
      if (fragment.function?.name) call.name += fragment.function.name;
      if (fragment.function?.arguments) call.arguments += fragment.function.arguments;
      this.toolCalls.set(index, call);
    }
    if (choice.finish_reason) this.finishReason = choice.finish_reason;
  }

  build(): ChatSummary {
    return {
      text: this.text,
      reasoning: this.reasoning || undefined,
      finishReason: this.finishReason,
      toolCalls: [...this.toolCalls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call),
      usage: this.usage,
      model: this.model,
    };
  }
}
