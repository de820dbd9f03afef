import { describeValue } from "../errors/describe-value.js";

/**
 * A network error in words, with its causes: fetch says only "terminated" and keeps the reason ("other side
 * closed", ECONNRESET) in `cause`, which users would otherwise never see.
 */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    const text = current instanceof Error ? current.message || current.name : describeValue(current);
    const code = current instanceof Error ? (current as { code?: unknown }).code : undefined;
    const part = typeof code === "string" && !text.includes(code) ? `${text} (${code})` : text;
    if (part && !parts.includes(part)) parts.push(part);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(": ") || "unknown network error";
}
