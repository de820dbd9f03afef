import { CrazyrouterError } from "@crazyrouter/core";

/** `--timeout`: seconds (`30`, `2.5`), or with a unit (`500ms`, `30s`). */
export function parseTimeout(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(text);
  const ms = match ? Number(match[1]) * (match[2]?.toLowerCase() === "ms" ? 1 : 1000) : Number.NaN;
  if (!Number.isFinite(ms) || ms < 50 || ms > 600_000) {
    throw new CrazyrouterError({
      code: "invalid_input",
      message: `--timeout "${text}" is not a duration between 50 ms and 600 s.`,
      hint: "Give seconds (--timeout 30) or milliseconds with a unit (--timeout 500ms).",
      field: "timeout",
    });
  }
  return Math.round(ms);
}
