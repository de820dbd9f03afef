import { describe, expect, it } from "vitest";
import { goTypeName, JsonNumber, parseGoJson, toGoJson } from "./go-json.js";

describe("Go JSON values", () => {
  it("keep each number's literal text, as Go's decoder with UseNumber does", () => {
    const parsed = parseGoJson('{"a":1.50,"b":[2e3,-0]}');
    expect(parsed).toEqual({ a: new JsonNumber("1.50"), b: [new JsonNumber("2e3"), new JsonNumber("-0")] });
    expect(toGoJson(parsed)).toBe('{"a":1.50,"b":[2e3,-0]}');
  });

  it("name their type as Go's %T prints it in Coze's errors", () => {
    expect([null, "x", true, new JsonNumber("1"), [], {}].map(goTypeName)).toEqual([
      "<nil>",
      "string",
      "bool",
      "json.Number",
      "[]interface {}",
      "map[string]interface {}",
    ]);
  });
});
