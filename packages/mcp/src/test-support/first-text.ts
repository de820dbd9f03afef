/** The text of a tool result's first block: what clients that show only one block give the model. */
export function firstText(result: object): string {
  const blocks = ((result as { content?: unknown }).content ?? []) as Array<{ type: string; text?: string }>;
  const first = blocks[0];
  if (first?.type !== "text" || first.text === undefined) throw new Error(`first block is not text: ${JSON.stringify(first)}`);
  return first.text;
}
