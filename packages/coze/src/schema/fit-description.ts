/** Coze cuts parameter descriptions at this many characters. */
export const COZE_DESCRIPTION_LIMIT = 300;

const ELLIPSIS = "...";

/**
 * Joins a description with the sentences that restate its constraints, within `limit` characters. When too long,
 * the prose is shortened (ending in an ellipsis) rather than the constraints, which the model cannot learn
 * anywhere else.
 */
export function fitDescription(description: string | undefined, additions: readonly string[], limit = COZE_DESCRIPTION_LIMIT): string {
  const base = (description ?? "").trim();
  const tail = additions.join(" ");
  const joined = [base, tail].filter(Boolean).join(" ");
  if (joined.length <= limit) return joined;
  const room = limit - tail.length - 1 - ELLIPSIS.length;
  if (room <= 0) return `${joined.slice(0, limit - ELLIPSIS.length).trimEnd()}${ELLIPSIS}`;
  return `${base.slice(0, room).trimEnd()}${ELLIPSIS} ${tail}`;
}
