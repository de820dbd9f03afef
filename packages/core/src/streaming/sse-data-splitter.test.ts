import { createParser } from "eventsource-parser";
import { describe, expect, it } from "vitest";
import { SseDataSplitter } from "./sse-data-splitter.js";

/** The oracle: eventsource-parser, a WHATWG event-stream parser we do not write, fed the same pieces. */
function oracleData(pieces: readonly string[]): string[] {
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  for (const piece of pieces) parser.feed(piece);
  return data;
}

/** The splitter as the chunk reader drives it: push a read, take every event it completed. */
function splitterData(pieces: readonly string[]): string[] {
  const splitter = new SseDataSplitter();
  const data: string[] = [];
  for (const piece of pieces) {
    splitter.push(piece);
    for (let event = splitter.next(); event !== undefined; event = splitter.next()) data.push(event);
  }
  return data;
}

const streams: Record<string, string> = {
  "LF line ends": 'data: {"a":1}\n\ndata: {"a":2}\n\ndata: [DONE]\n\n',
  "CRLF line ends": 'data: {"a":1}\r\n\r\ndata: {"a":2}\r\n\r\ndata: [DONE]\r\n\r\n',
  "CR line ends": 'data: {"a":1}\r\rdata: [DONE]\r\r',
  "mixed line ends": "data: one\r\n\ndata: two\r\rdata: three\n\r\n",
  comments: ": keep-alive\n\n: ping\ndata: kept\n: between\n\n:\n\ndata: [DONE]\n\n",
  "multi-line data": "data: first\ndata: second\ndata:\ndata: fourth\n\n",
  "multi-line data, CRLF": "data: first\r\ndata: second\r\n: note\r\ndata: third\r\n\r\n",
  "no space, bare name, two spaces": "data:tight\n\ndata\n\ndata:  two spaces\n\n",
  "other fields ignored": "event: message\nid: 7\nretry: 1000\ndata: value\nunknown: x\n\nevent: only\nid: 8\n\n",
  "fields that only start like data": "datum: no\ndata-x: no\ndatas: no\n\ndata: yes\n\n",
  "blank lines without data": "\n\n\r\n\ndata: after blanks\n\n",
  "unterminated last event": "data: complete\n\ndata: never ended\n",
  "colons in the value": 'data: {"url":"http://x:1/a"}\n\n',
  "non-ASCII text": "data: 你好 ✓ 😀\n\ndata: é\n\n",
  "long line": `data: ${"x".repeat(70_000)}\n\ndata: [DONE]\n\n`,
};

describe("SseDataSplitter (eventsource-parser is the oracle)", () => {
  for (const [name, stream] of Object.entries(streams)) {
    it(`${name}: whole, and split at every position into two reads`, () => {
      expect(splitterData([stream])).toEqual(oracleData([stream]));
      // Long streams are split at a sample of positions, short ones everywhere (CRLF split included).
      const step = stream.length > 1000 ? 997 : 1;
      for (let cut = 0; cut <= stream.length; cut += step) {
        const pieces = [stream.slice(0, cut), stream.slice(cut)];
        expect(splitterData(pieces), `cut at ${cut}`).toEqual(oracleData(pieces));
      }
    });

    it(`${name}: one character per read`, () => {
      const pieces = Array.from(stream);
      expect(splitterData(pieces)).toEqual(oracleData(pieces));
    });
  }

  it("keeps a CR at the end of one read and a LF at the start of the next as one line end", () => {
    expect(splitterData(["data: a\r", "\n", "\r", "\ndata: b\r\n\r\n"])).toEqual(["a", "b"]);
    expect(splitterData(["data: a\r", "", "\n\r\n"])).toEqual(["a"]);
  });

  it("hands out events one at a time, before later reads arrive", () => {
    const splitter = new SseDataSplitter();
    splitter.push("data: 1\n\ndata: 2\n\ndata: 3");
    expect([splitter.next(), splitter.next(), splitter.next()]).toEqual(["1", "2", undefined]);
    splitter.push("\n\n");
    expect(splitter.next()).toBe("3");
  });
});
