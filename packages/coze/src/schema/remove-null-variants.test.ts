import { describe, expect, it } from "vitest";
import { removeNullVariants } from "./remove-null-variants.js";

describe("removeNullVariants", () => {
  it("turns a type list with null into the single type", () => {
    expect(removeNullVariants({ type: ["string", "null"] })).toEqual({ type: "string" });
  });

  it("replaces an anyOf of a form and null by the form, keeping the field's own keys", () => {
    const schema = { description: "usage", anyOf: [{ type: "object", properties: {} }, { type: "null" }] };
    expect(removeNullVariants(schema)).toEqual({ type: "object", properties: {}, description: "usage" });
  });

  it("keeps a union of several non-null forms as a union", () => {
    expect(removeNullVariants({ anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] })).toEqual({
      anyOf: [{ type: "string" }, { type: "number" }],
    });
  });

  it("drops OpenAPI's nullable and returns the input itself when there is no null", () => {
    expect(removeNullVariants({ type: "string", nullable: true })).toEqual({ type: "string" });
    const plain = { type: "string" };
    expect(removeNullVariants(plain)).toBe(plain);
  });
});
