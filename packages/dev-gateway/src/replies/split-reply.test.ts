import { describe, expect, test } from "vitest";
import { splitReply } from "./split-reply.js";

describe("splitReply", () => {
  test("one word per chunk by default, spaces kept", () => {
    expect(splitReply("Echo: hello world")).toEqual(["Echo: ", "hello ", "world"]);
    expect(splitReply("OK")).toEqual(["OK"]);
  });

  test("fewer chunks than words merges neighbours without losing text", () => {
    const pieces = splitReply("a b c d e", 2);
    expect(pieces).toHaveLength(2);
    expect(pieces.join("")).toBe("a b c d e");
  });

  test("more chunks than words repeats the words, every piece non-empty", () => {
    const pieces = splitReply("OK go", 5);
    expect(pieces).toEqual(["OK ", "go ", "OK ", "go ", "OK "]);
    expect(splitReply("OK", 3)).toEqual(["OK ", "OK ", "OK"]);
  });
});
