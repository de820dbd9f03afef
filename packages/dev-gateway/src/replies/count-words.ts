/** Deterministic stand-in for token counting: whitespace-separated words, so usage numbers are predictable. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13;
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}
