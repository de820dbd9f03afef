import { randomBytes } from "node:crypto";
import { chatReply } from "../replies/chat-reply.js";
import { countWords } from "../replies/count-words.js";
import { jsonResponse, type DevResponse } from "../http/dev-response.js";
import type { ChatCompletionRequest } from "../contract/chat-completion-request.js";
import { messageText } from "../replies/message-text.js";
import { splitReply } from "../replies/split-reply.js";

export interface ChatCompletionsOptions {
  /** From `x-dev-gateway-stream-chunks`: the exact number of content pieces. */
  chunkCount?: number;
  /** For models that share their reasoning: the field it goes under (see the catalogue's `sharesReasoning`). */
  reasoningField?: "reasoning_content" | "reasoning" | undefined;
}

function randomId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString("base64url")}`;
}

/** Answers `POST /v1/chat/completions` with a deterministic reply, as JSON or as an SSE stream. */
export function handleChatCompletions(request: ChatCompletionRequest, options: ChatCompletionsOptions = {}): DevResponse {
  const reply = chatReply(request);
  const id = randomId("chatcmpl-");
  const created = Math.floor(Date.now() / 1000);
  const pieces = reply.kind === "text" ? splitReply(reply.content, options.chunkCount) : [];
  // What a reasoning model shares before answering, in its own field; streamed word by word ahead of the answer.
  const field = options.reasoningField;
  const lastUser = request.messages.findLast((message) => message.role === "user");
  const reasoning = field ? `Thinking about: ${lastUser ? messageText(lastUser) : ""}` : undefined;
  const content = pieces.join("");
  const toolCall =
    reply.kind === "tool_call" ? { id: randomId("call_"), type: "function" as const, function: { name: reply.name, arguments: "{}" } } : undefined;
  const promptTokens = Math.max(
    1,
    request.messages.reduce((sum, message) => sum + countWords(messageText(message)), 0),
  );
  const completionTokens = (toolCall ? 1 + countWords(toolCall.function.name) : Math.max(1, countWords(content))) + (reasoning ? countWords(reasoning) : 0);
  const usage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
  const finishReason = toolCall ? "tool_calls" : "stop";

  if (!request.stream) {
    const answer = toolCall ? { role: "assistant", content: null, refusal: null, tool_calls: [toolCall] } : { role: "assistant", content, refusal: null };
    const message = field && reasoning ? { ...answer, [field]: reasoning } : answer;
    const choices = Array.from({ length: request.n ?? 1 }, (_, index) => ({
      index,
      message,
      logprobs: null,
      finish_reason: finishReason,
    }));
    return jsonResponse(200, { id, object: "chat.completion", created, model: request.model, choices, usage });
  }

  // Every chunk shares this envelope; building it once keeps 100 000-chunk benchmark streams cheap.
  const head = `data: {"id":"${id}","object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(request.model)},"choices":`;
  // With include_usage, OpenAI puts `usage: null` on every chunk before the final usage chunk.
  const includeUsage = request.stream_options?.include_usage === true;
  const tail = includeUsage ? ',"usage":null}' : "}";
  const chunk = (delta: string, finish: string | null) =>
    `${head}[{"index":0,"delta":${delta},"logprobs":null,"finish_reason":${finish === null ? "null" : `"${finish}"`}}]${tail}\n\n`;
  const events: string[] = [];
  if (field && reasoning) {
    events.push(chunk(`{"role":"assistant","content":null,${JSON.stringify(field)}:""}`, null));
    for (const piece of splitReply(reasoning)) events.push(chunk(JSON.stringify({ [field]: piece }), null));
  }
  if (toolCall) {
    events.push(chunk('{"role":"assistant","content":null}', null));
    const opening = { index: 0, id: toolCall.id, type: "function", function: { name: toolCall.function.name, arguments: "" } };
    events.push(chunk(JSON.stringify({ tool_calls: [opening] }), null));
    events.push(chunk(JSON.stringify({ tool_calls: [{ index: 0, function: { arguments: toolCall.function.arguments } }] }), null));
  } else {
    events.push(chunk('{"role":"assistant","content":""}', null));
    for (const piece of pieces) events.push(chunk(`{"content":${JSON.stringify(piece)}}`, null));
  }
  events.push(chunk("{}", finishReason));
  if (includeUsage) events.push(`${head}[],"usage":${JSON.stringify(usage)}}\n\n`);
  events.push("data: [DONE]\n\n");
  return { kind: "sse", headers: {}, events };
}
