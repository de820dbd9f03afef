import { createParser } from "eventsource-parser";

/**
 * Yields the `data` of each server-sent event as it arrives. Parsing is eventsource-parser's (it handles
 * multi-line data, comments, CRLF and events split across reads); `onBytes` lets the caller note activity.
 */
export async function* readSseData(body: AsyncIterable<Uint8Array>, onBytes: () => void): AsyncGenerator<string> {
  const pending: string[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event.data) });
  const decoder = new TextDecoder();
  for await (const bytes of body) {
    onBytes();
    parser.feed(decoder.decode(bytes, { stream: true }));
    for (const data of pending) yield data;
    pending.length = 0;
  }
  parser.feed(decoder.decode());
  for (const data of pending) yield data;
}
