import { describe, expect, it } from "vitest";
import { correctValueType } from "./correct-value-type.js";
import { JsonNumber } from "./go-json.js";

describe("correctValueType", () => {
  it("reads Go's boolean spellings and refuses others", () => {
    expect(["1", "t", "TRUE", "False"].map((text) => correctValueType("flag", { type: "boolean" }, text))).toEqual([true, true, true, false]);
    expect(() => correctValueType("flag", { type: "boolean" }, "yes")).toThrow('strconv.ParseBool: parsing "yes": invalid syntax');
  });

  it("turns anything but a plain integer into 0 for an integer field, ignoring the parse error as Coze does", () => {
    expect(["12", "+3", "1.5", "abc"].map((text) => correctValueType("n", { type: "integer" }, text))).toEqual([12, 3, 0, 0]);
    expect(correctValueType("n", { type: "integer" }, new JsonNumber("7.0"))).toBe(0);
  });

  it("converts declared object fields, keeps undeclared ones and refuses a null anywhere", () => {
    const schema = { type: "object", properties: { size: { type: "integer" } } };
    expect(correctValueType("o", schema, { size: "4", extra: [new JsonNumber("1")] })).toEqual({ size: 4, extra: [new JsonNumber("1")] });
    expect(() => correctValueType("o", schema, { size: null })).toThrow("value of 'size' is nil");
  });
});
