const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;
const SPACE = 0x20;

/**
 * Splits decoded server-sent-event text into the `data` of complete events, one at a time, following the
 * WHATWG event-stream rules: lines end in LF, CR or CRLF (also when a CRLF is split between two reads);
 * a line starting with `:` is a comment; `data:value`, `data: value` and a bare `data` line (empty value)
 * are data, several of them joined with LF; other fields (`event`, `id`, `retry`, unknown ones) are ignored;
 * a blank line ends the event, and an event without data lines is not dispatched. A leading byte-order mark
 * is not handled here: TextDecoder removes it.
 *
 * Why not eventsource-parser (which it replaced): streams of thousands of events are read one event per
 * `next()`. Scanning the received text in place hands out each event without the per-event object, the
 * per-read array of strings and the callback of a push parser; the edge cases are tested against
 * eventsource-parser itself as an oracle.
 */
export class SseDataSplitter {
  /** Received text not yet split; `position` is where the next line starts. */
  private text = "";
  private position = 0;
  /** Pieces of one long line that arrived without a line end, joined once its end arrives. */
  private partial: string[] = [];
  /**
   * Where the next LF and CR are in `text` (-1: none left), searched again only once passed: a text with one
   * kind of line end is not rescanned to its end for the other kind on every line.
   */
  private nextLf = -1;
  private nextCr = -1;
  /** The event being read: its data lines so far, joined with LF; undefined while it has none. */
  private data: string | undefined;
  /** The previous text ended in CR: a LF starting the next text completes that CRLF. */
  private skipLf = false;

  /** Adds decoded text; events it completes are taken with `next()`. */
  push(text: string): void {
    if (this.skipLf && text.length > 0) {
      this.skipLf = false;
      if (text.charCodeAt(0) === LF) text = text.slice(1);
    }
    if (text.indexOf("\n") === -1 && text.indexOf("\r") === -1) {
      // No line ends: keep the piece aside instead of joining strings on every read of a long line.
      this.partial.push(text);
      return;
    }
    const rest = this.position < this.text.length ? this.text.slice(this.position) : "";
    this.text = this.partial.length > 0 ? rest + this.partial.join("") + text : rest + text;
    this.partial = [];
    this.position = 0;
    this.nextLf = this.text.indexOf("\n");
    this.nextCr = this.text.indexOf("\r");
  }

  /** The data of the next complete event, or undefined until more text arrives. */
  next(): string | undefined {
    const text = this.text;
    let position = this.position;
    for (;;) {
      if (this.nextLf !== -1 && this.nextLf < position) this.nextLf = text.indexOf("\n", position);
      if (this.nextCr !== -1 && this.nextCr < position) this.nextCr = text.indexOf("\r", position);
      const lf = this.nextLf;
      const cr = this.nextCr;
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      if (end === -1) {
        this.position = position;
        return undefined;
      }
      let following = end + 1;
      if (text.charCodeAt(end) === CR) {
        if (following === text.length) this.skipLf = true;
        else if (text.charCodeAt(following) === LF) following += 1;
      }
      if (end === position) {
        // A blank line ends the event.
        const data = this.data;
        this.data = undefined;
        if (data !== undefined) {
          this.position = following;
          return data;
        }
      } else if (text.charCodeAt(position) !== COLON) {
        this.readField(text, position, end);
      }
      position = following;
    }
  }

  private readField(text: string, start: number, end: number): void {
    // Only `data` matters to a chat stream; its name is four characters followed by a colon or the line end.
    if (!text.startsWith("data", start)) return;
    const afterName = start + 4;
    let value: string;
    if (afterName === end) value = "";
    else if (text.charCodeAt(afterName) !== COLON) return;
    else value = text.slice(text.charCodeAt(afterName + 1) === SPACE ? afterName + 2 : afterName + 1, end);
    this.data = this.data === undefined ? value : `${this.data}\n${value}`;
  }
}
