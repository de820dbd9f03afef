/** Clients of the 2025-06-18 spec and later send one message per request; older ones batch a few at most. */
export const MAX_MESSAGES_PER_REQUEST = 10;
/** Each tool call is a paid gateway call: one request must not fan out into a hundred of them. */
export const MAX_TOOL_CALLS_PER_REQUEST = 4;

/**
 * Why a JSON-RPC body carries more than one HTTP request may (a JSON-RPC "Invalid Request" message), or
 * undefined when it is within the limits. Single messages always are.
 */
export function checkBatchLimits(body: unknown): string | undefined {
  if (!Array.isArray(body)) return undefined;
  if (body.length > MAX_MESSAGES_PER_REQUEST) {
    return `Invalid Request: one HTTP request may carry at most ${MAX_MESSAGES_PER_REQUEST} JSON-RPC messages (this one has ${body.length}); send them in separate requests.`;
  }
  const toolCalls = body.filter((message) => (message as { method?: unknown } | null)?.method === "tools/call").length;
  if (toolCalls > MAX_TOOL_CALLS_PER_REQUEST) {
    return `Invalid Request: one HTTP request may carry at most ${MAX_TOOL_CALLS_PER_REQUEST} tools/call messages (this one has ${toolCalls}); send them in separate requests.`;
  }
  return undefined;
}
