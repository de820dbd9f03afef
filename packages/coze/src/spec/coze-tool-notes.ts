import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, type OperationId } from "@crazyrouter/core";

/**
 * What a Coze tool adds to the core operation's summary, which is the tool description the model reads: the
 * shortest correct call (the model sees no defaults, so it must be told what it may leave out) and what the tool
 * does differently from the API.
 */
export const COZE_TOOL_NOTES: Readonly<Partial<Record<OperationId, string>>> = {
  chat_completions: `Shortest call: {"messages":[{"role":"user","content":"your question"}]} (the model defaults to ${DEFAULT_CHAT_MODEL}).`,
  embeddings: `Shortest call: {"input":["text one","text two"]} (the model defaults to ${DEFAULT_EMBEDDING_MODEL}).`,
  image_generation: "In this tool the answer holds image links only (data[].url), never base64 bytes; pick a model that returns URLs.",
};
