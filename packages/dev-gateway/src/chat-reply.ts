import { messageText, type ChatRequest } from "./message-text.js";

export type ChatReply = { kind: "text"; content: string } | { kind: "tool_call"; name: string };

/**
 * The deterministic answer to a conversation. Tests across the repo rely on these rules: "Reply only OK"
 * gets exactly "OK" (the docs' first-call check), anything else is echoed back, and a user turn that asks
 * for a tool (or names one, or a forced tool_choice) gets a tool call, so tool loops can be exercised.
 */
export function chatReply(request: ChatRequest): ChatReply {
  const lastUser = request.messages.findLast((message) => message.role === "user");
  const userText = lastUser ? messageText(lastUser) : "";
  const toolName = requestedToolName(request, userText);
  if (toolName) return { kind: "tool_call", name: toolName };
  if (/reply only ok/i.test(userText)) return { kind: "text", content: "OK" };
  return { kind: "text", content: `Echo: ${userText}` };
}

function requestedToolName(request: ChatRequest, userText: string): string | undefined {
  const tools = request.tools;
  const last = request.messages.at(-1);
  // After a tool result the model answers in words; calling again would loop forever.
  if (!tools || last?.role !== "user" || request.tool_choice === "none") return undefined;
  const choice = request.tool_choice;
  if (typeof choice === "object") return choice.function.name;
  const lowered = userText.toLowerCase();
  const mentioned = tools.find((tool) => lowered.includes(tool.function.name.toLowerCase()));
  if (mentioned) return mentioned.function.name;
  if (choice === "required" || /use the tool/i.test(userText)) return tools[0]?.function.name;
  return undefined;
}
