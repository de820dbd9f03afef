import type { chatCompletionsOperation } from "@crazyrouter/core";
import type { z } from "zod";

export type ChatRequest = z.output<typeof chatCompletionsOperation.request>;
export type ChatRequestMessage = ChatRequest["messages"][number];

/** The text of a message: the string content, or its text parts joined by newlines (image parts skipped). */
export function messageText(message: ChatRequestMessage): string {
  const content = message.content;
  if (typeof content === "string") return content;
  if (!content) return "";
  return content.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
}
