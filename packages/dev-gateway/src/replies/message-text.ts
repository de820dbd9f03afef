import type { ChatMessage } from "../contract/chat-message.js";

/** The text of a message: the string content, or its text parts joined by newlines (other parts skipped). */
export function messageText(message: ChatMessage): string {
  const content = message.content;
  if (typeof content === "string") return content;
  if (!content) return "";
  return content.flatMap((part) => (part.type === "text" && "text" in part ? [String(part.text)] : [])).join("\n");
}
