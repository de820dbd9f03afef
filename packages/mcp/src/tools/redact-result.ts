import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === "string") return secrets.reduce((text, secret) => text.split(secret).join("[redacted]"), value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secrets)]));
  }
  return value;
}

/**
 * Removes this server's own key from a successful result: a model may echo a key a user pasted into a
 * prompt. Only the exact configured secrets are replaced; answers that merely look like keys are left alone.
 */
export function redactResult(result: CallToolResult, secrets: readonly string[]): CallToolResult {
  const present = secrets.filter((secret) => secret.length >= 4 && JSON.stringify(result).includes(secret));
  if (present.length === 0) return result;
  return {
    ...result,
    content: result.content.map((block) => (block.type === "text" ? { ...block, text: redactValue(block.text, present) as string } : block)),
    ...(result.structuredContent ? { structuredContent: redactValue(result.structuredContent, present) as Record<string, unknown> } : {}),
  };
}
