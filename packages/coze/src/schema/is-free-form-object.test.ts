import { describe, expect, it } from "vitest";
import { isFreeFormObject } from "./is-free-form-object.js";

describe("isFreeFormObject", () => {
  it("is true for a record and for an object without properties", () => {
    expect(isFreeFormObject({ type: "object", propertyNames: { type: "string" }, additionalProperties: {} })).toBe(true);
    expect(isFreeFormObject({ type: "object", properties: {} })).toBe(true);
  });

  it("is false for an object with typed fields and for other types", () => {
    expect(isFreeFormObject({ type: "object", properties: { a: { type: "string" } } })).toBe(false);
    expect(isFreeFormObject({ type: "string" })).toBe(false);
  });
});
