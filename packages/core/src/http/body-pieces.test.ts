import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { BodyPieces } from "./body-pieces.js";

// The judge is the body joined into one Buffer: read by position, the pieces must answer as it does.
describe("BodyPieces", () => {
  const joined = Buffer.from('{"a":"x€y","b":[1,2,"q\\"r"]}🙂 end');
  /** Cuts at the given positions; a repeated position makes an empty piece. */
  const cutAt = (cuts: number[]) => [0, ...cuts, joined.byteLength].slice(1).map((end, index, ends) => joined.subarray(index === 0 ? 0 : ends[index - 1], end));

  const splits: Record<string, number[]> = {
    "one piece": [],
    "every byte its own piece": Array.from({ length: joined.byteLength - 1 }, (_, index) => index + 1),
    "uneven pieces with empty ones": [3, 3, 9, 10, 10, 21, 33, 33],
    "a character of several bytes cut in two": [8, 9, 37],
  };

  for (const [name, cuts] of Object.entries(splits)) {
    it(`reads ${name} as the joined body`, () => {
      const pieces = cutAt(cuts);
      expect(Buffer.concat(pieces).equals(joined)).toBe(true);
      const body = new BodyPieces(pieces);
      expect(body.byteLength).toBe(joined.byteLength);
      expect(body.text()).toBe(joined.toString("utf8"));
      for (const byte of [0x22, 0x5c, 0x7b, 0x65, 0x00]) {
        for (let from = 0; from <= joined.byteLength; from += 1) expect(body.indexOf(byte, from), `${byte} from ${from}`).toBe(joined.indexOf(byte, from));
      }
      // Backwards too: reads do not always move forward.
      for (let position = joined.byteLength + 1; position >= -1; position -= 1) expect(body.byteAt(position), `at ${position}`).toBe(joined[position]);
      for (let start = 0; start <= joined.byteLength; start += 1) {
        for (let end = start; end <= joined.byteLength; end += 3) {
          expect(Buffer.from(body.slice(start, end)).equals(joined.subarray(start, end)), `slice ${start}-${end}`).toBe(true);
          const target = new Uint8Array(end - start + 2);
          body.copy(target, 1, start, end);
          expect(Buffer.from(target.subarray(1, -1)).equals(joined.subarray(start, end)), `copy ${start}-${end}`).toBe(true);
        }
      }
    });
  }

  it("reads an empty body", () => {
    const body = new BodyPieces([]);
    expect([body.byteLength, body.indexOf(0x22), body.byteAt(0), body.text()]).toEqual([0, -1, undefined, ""]);
  });
});
