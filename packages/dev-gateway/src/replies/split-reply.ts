/** Upper bound of `x-dev-gateway-stream-chunks`, enough for benchmarks without letting one request eat memory. */
export const MAX_STREAM_CHUNKS = 100_000;

/**
 * Cuts a reply into the content pieces a stream sends. By default one word per chunk (with its trailing
 * space), like a real model's token stream. With `chunkCount`, exactly that many non-empty pieces: fewer
 * than the words merges neighbours, more repeats the reply's words until the count is reached.
 */
export function splitReply(text: string, chunkCount?: number): string[] {
  const words = text.split(/(?<= )/).filter((word) => word !== "");
  if (words.length === 0) words.push(text === "" ? " " : text);
  if (chunkCount === undefined) return words;
  if (chunkCount <= words.length) {
    const pieces: string[] = [];
    for (let index = 0; index < chunkCount; index++) {
      const start = Math.floor((index * words.length) / chunkCount);
      const end = Math.floor(((index + 1) * words.length) / chunkCount);
      pieces.push(words.slice(start, end).join(""));
    }
    return pieces;
  }
  const last = words.length - 1;
  const pieces = new Array<string>(chunkCount);
  for (let index = 0; index < chunkCount; index++) {
    const wordIndex = index % words.length;
    const word = words[wordIndex]!;
    // The reply's last word has no trailing space; add one when the reply repeats after it.
    pieces[index] = wordIndex === last && index < chunkCount - 1 && !word.endsWith(" ") ? `${word} ` : word;
  }
  return pieces;
}
