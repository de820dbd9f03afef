import { DEFAULT_CHAT_MODEL, modelKind } from "@crazyrouter/core";

/**
 * The chat models of a live `/models` list, the default chat model first, otherwise in list order. A chat UI
 * that offers an embedding, image or audio model fails on the first message, so setup leaves them out.
 */
export function chatModelIds(ids: readonly string[]): string[] {
  const chat = ids.filter((id) => modelKind(id) === "chat");
  return chat.includes(DEFAULT_CHAT_MODEL) ? [DEFAULT_CHAT_MODEL, ...chat.filter((id) => id !== DEFAULT_CHAT_MODEL)] : chat;
}

/** The embedding models of a live list (for clients that also index documents, such as Dify). */
export function embeddingModelIds(ids: readonly string[]): string[] {
  return ids.filter((id) => modelKind(id) === "embedding");
}
