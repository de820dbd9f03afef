import { describe, expect, it } from "vitest";
import { keepCozeKeywords } from "./keep-coze-keywords.js";

describe("keepCozeKeywords", () => {
  it("drops additionalProperties, $schema, format, pattern and other keywords Coze does not take", () => {
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      additionalProperties: false,
      format: "uri",
      pattern: "^a$",
      propertyNames: { type: "string" },
      type: "string",
      description: "d",
    };
    expect(keepCozeKeywords(schema)).toEqual({ type: "string", description: "d" });
  });

  it("writes keywords in a fixed order", () => {
    expect(Object.keys(keepCozeKeywords({ items: {}, required: ["a"], description: "d", type: "array" }))).toEqual([
      "type",
      "description",
      "required",
      "items",
    ]);
  });

  it("drops zod's safe-integer bounds but keeps real ones", () => {
    expect(keepCozeKeywords({ type: "integer", minimum: 1, maximum: 9007199254740991 })).toEqual({ type: "integer", minimum: 1 });
  });
});
