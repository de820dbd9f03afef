import type { OperationDefinition } from "./operation-definition.js";
import { chatCompletionRequestSchema } from "./chat/chat-request.js";
import { chatCompletionResponseSchema } from "./chat/chat-response.js";

export * from "./chat/chat-content-parts.js";
export * from "./chat/chat-messages.js";
export * from "./chat/chat-request.js";
export * from "./chat/chat-response.js";

export const chatCompletionsOperation = {
  id: "chat_completions",
  toolName: "crazyrouter_chat",
  title: "Chat completion",
  method: "POST",
  path: "/chat/completions",
  summary:
    "Ask a Crazyrouter chat model (GPT, Claude, Gemini and more behind one key) to answer a conversation. " +
    "Use it to get a second opinion from another model, draft or rewrite text, translate, summarise or reason over given text. " +
    "Send messages as a list of {role, content}; the reply text is in choices[0].message.content.",
  get request() {
    return chatCompletionRequestSchema();
  },
  get response() {
    return chatCompletionResponseSchema();
  },
  streamingFields: ["stream", "stream_options"],
  slow: false,
} as const satisfies OperationDefinition;
