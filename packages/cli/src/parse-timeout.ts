import { CrazyrouterError, MAX_TIMEOUT_MS, formatDeadline } from "@crazyrouter/core";

const MIN_TIMEOUT_MS = 50;

/** `--timeout`: seconds (`30`, `2.5`), or with a unit (`500ms`, `30s`), up to the core's longest deadline. */
export function parseTimeout(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * (match[2]?.toLowerCase() === "ms" ? 1 : 1000) : Number.NaN;
  if (!Number.isFinite(ms) || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
    throw new CrazyrouterError({
      code: "invalid_input",
      message: `--timeout "${text}" is not a duration between ${MIN_TIMEOUT_MS} ms and ${formatDeadline(MAX_TIMEOUT_MS)}.`,
      hint: "Give seconds (--timeout 30) or milliseconds with a unit (--timeout 500ms).",
      field: "timeout",
    });
  }
  return Math.round(ms);
}
