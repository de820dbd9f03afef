/**
 * Whether a numeric bound says something. zod writes the safe-integer range on every integer field; that bound
 * only adds noise to a tool schema and its description.
 */
export function isMeaningfulBound(value: unknown): value is number {
  return typeof value === "number" && Math.abs(value) < Number.MAX_SAFE_INTEGER;
}
