import { describe, expect, it } from "vitest";
import { pickUnionVariant } from "./pick-union-variant.js";

describe("pickUnionVariant", () => {
  it("takes the first variant (the simple form the core orders first)", () => {
    const schema = {
      description: "The message text.",
      anyOf: [{ type: "string" }, { type: "array", items: { type: "object", properties: { text: { type: "string" } } } }],
    };
    expect(pickUnionVariant(schema)).toEqual({ type: "string", description: "The message text." });
  });

  it("takes the list in a one-or-many union, which can still carry a single value", () => {
    const schema = {
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", maxItems: 2048, items: { type: "string", minLength: 1 } },
      ],
    };
    expect(pickUnionVariant(schema)).toEqual({ type: "array", maxItems: 2048, items: { type: "string", minLength: 1 } });
  });

  it("flattens a union nested in a union", () => {
    expect(pickUnionVariant({ anyOf: [{ anyOf: [{ type: "integer" }, { type: "string" }] }] })).toEqual({ type: "integer" });
  });

  it("reads oneOf like anyOf and keeps the first of a type list", () => {
    expect(pickUnionVariant({ oneOf: [{ type: "boolean" }, { type: "string" }] })).toEqual({ type: "boolean" });
    expect(pickUnionVariant({ type: ["number", "string"] })).toEqual({ type: "number" });
  });

  it("returns the input itself when there is no union", () => {
    const plain = { type: "string" };
    expect(pickUnionVariant(plain)).toBe(plain);
  });
});
