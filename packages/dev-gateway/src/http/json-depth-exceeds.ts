/**
 * Whether a parsed JSON value nests arrays and objects more than `limit` levels deep. Walks with its own
 * stack: a recursive walk would overflow the call stack on exactly the values it is meant to catch.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
