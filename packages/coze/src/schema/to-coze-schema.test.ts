import { describe, expect, it } from "vitest";
import { toCozeSchema } from "./to-coze-schema.js";

describe("toCozeSchema", () => {
  it("reshapes nested unions, null, const and records into typed Coze fields", () => {
    const schema = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      additionalProperties: false,
      properties: {
        content: { description: "Text.", anyOf: [{ anyOf: [{ type: "string" }, { type: "array", items: { type: "object" } }] }, { type: "null" }] },
        kind: { type: "string", const: "function" },
        parameters: { type: "object", propertyNames: { type: "string" }, additionalProperties: {} },
        temperature: { type: "number", minimum: 0, maximum: 2, description: "Sampling." },
      },
      required: ["kind", "parameters"],
    };
    expect(toCozeSchema(schema, { restateConstraints: true })).toEqual({
      type: "object",
      properties: {
        content: { type: "string", description: "Text." },
        kind: { type: "string", description: "One of: function.", enum: ["function"] },
        temperature: { type: "number", description: "Sampling. Range 0 to 2.", minimum: 0, maximum: 2 },
      },
      required: ["kind"],
    });
  });

  it("leaves descriptions alone when not restating (answers)", () => {
    expect(toCozeSchema({ type: "integer", minimum: 1 }, { restateConstraints: false })).toEqual({ type: "integer", minimum: 1 });
  });

  it("throws, naming the node, when a node has no type", () => {
    expect(() => toCozeSchema({ type: "object", properties: { a: { type: "array", items: {} } } }, { restateConstraints: false })).toThrow(
      "#/properties/a/items: no single type",
    );
  });
});
