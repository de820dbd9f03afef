/** `'a' and 'b'`, `'a', 'b', and 'c'`: how OpenAI lists supported values in its error messages. */
export function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((value) => `'${String(value)}'`);
  if (quoted.length < 3) return quoted.join(" and ");
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted.at(-1)}`;
}
