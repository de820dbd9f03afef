import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { formatBytes } from "../images/format-bytes.js";
import { RESULT_MAX_BYTES } from "./result-budget.js";

const encoder = new TextEncoder();

/** UTF-8 bytes of a result's text blocks and structuredContent, as they go over the wire. */
export function resultTextBytes(result: CallToolResult): number {
  const text = result.content.filter((block) => block.type === "text");
  return encoder.encode(JSON.stringify({ text, structured: result.structuredContent ?? null })).byteLength;
}

/**
 * The backstop for results the tool could not shape to fit: over `RESULT_MAX_BYTES` the result becomes an
 * error that says how large it was and how to ask for less, instead of a message that kills the session.
 */
export function capToolResult(result: CallToolResult, advice: string): CallToolResult {
  const size = resultTextBytes(result);
  if (size <= RESULT_MAX_BYTES) return result;
  const text = `The answer is ${formatBytes(size)}, more than an MCP result may carry (this server returns at most ${formatBytes(RESULT_MAX_BYTES)}; clients reject 1 MiB). ${advice}`;
  return { isError: true, content: [{ type: "text", text }] };
}
