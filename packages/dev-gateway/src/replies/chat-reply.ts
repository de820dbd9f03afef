import type { ChatCompletionRequest } from "../contract/chat-completion-request.js";
import { messageText } from "./message-text.js";
import { schemaReply } from "./schema-reply.js";

export type ChatReply = { kind: "text"; content: string } | { kind: "tool_call"; name: string };

/**
 * The deterministic answer to a conversation. Tests across the repo rely on these rules: "Reply only OK"
 * gets exactly "OK" (the docs' first-call check), anything else is echoed back, and a user turn that asks
 * for a tool (or names one, or a forced tool_choice) gets a tool call, so tool loops can be exercised. A JSON
 * reply format gets JSON: `{"echo": <message>}` for json_object, a value following the schema for json_schema.
 */
export function chatReply(request: ChatCompletionRequest): ChatReply {
  const lastUser = request.messages.findLast((message) => message.role === "user");
  const userText = lastUser ? messageText(lastUser) : "";
  const toolName = requestedToolName(request, userText);
  if (toolName) return { kind: "tool_call", name: toolName };
  const format = request.response_format;
  if (format?.type === "json_object") return { kind: "text", content: JSON.stringify({ echo: userText }) };
  if (format?.type === "json_schema") return { kind: "text", content: JSON.stringify(schemaReply(format.json_schema.schema, userText)) };
  if (/reply only ok/i.test(userText)) return { kind: "text", content: "OK" };
  return { kind: "text", content: `Echo: ${userText}` };
}

function requestedToolName(request: ChatCompletionRequest, userText: string): string | undefined {
  // Only function tools are called; custom tools (free-form input) are never chosen by this simulator.
  const functions = (request.tools ?? []).flatMap((tool) => (tool.type === "function" ? [tool.function.name] : []));
  const last = request.messages.at(-1);
  // After a tool result the model answers in words; calling again would loop forever.
  if (functions.length === 0 || last?.role !== "user" || request.tool_choice === "none") return undefined;
  const choice = request.tool_choice;
  if (typeof choice === "object" && choice.type === "function") return choice.function.name;
  const lowered = userText.toLowerCase();
  const mentioned = functions.find((name) => lowered.includes(name.toLowerCase()));
  if (mentioned) return mentioned;
  if (choice === "required" || /use the tool/i.test(userText)) return functions[0];
  return undefined;
}
