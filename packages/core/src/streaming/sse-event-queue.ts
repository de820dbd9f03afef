import { createParser } from "eventsource-parser";

/**
 * Turns bytes into the `data` of complete server-sent events. Parsing is eventsource-parser's (multi-line
 * data, comments, CRLF, events split across reads); this only decodes UTF-8 across reads and hands back
 * the events each read completed.
 */
export function createSseEventQueue(): { feed(bytes: Uint8Array): readonly string[] } {
  let completed: string[] = [];
  const parser = createParser({ onEvent: (event) => completed.push(event.data) });
  const decoder = new TextDecoder();
  return {
    feed(bytes) {
      completed = [];
      parser.feed(decoder.decode(bytes, { stream: true }));
      return completed;
    },
  };
}
