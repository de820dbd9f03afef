import { describe, expect, it } from "vitest";
import { jsonSchemaProblem } from "./json-schema-problem.js";

describe("jsonSchemaProblem", () => {
  it("accepts the schemas people write for structured output", () => {
    const person = {
      type: "object",
      properties: { name: { type: "string" }, age: { type: ["integer", "null"] }, tags: { type: "array", items: { type: "string", enum: ["a", "b"] } } },
      required: ["name", "age"],
      additionalProperties: false,
      $defs: { id: { type: "string" } },
    };
    expect(jsonSchemaProblem(person)).toBeUndefined();
    expect(jsonSchemaProblem({ anyOf: [{ type: "string" }, { type: "number" }] })).toBeUndefined();
  });

  it.each([
    [[], "", /is an object/],
    [{ type: "text" }, ".type", /"text" is not a JSON Schema type/],
    [{ type: "object", properties: { name: "string" } }, ".properties.name", /schema object/],
    [{ type: "object", properties: { list: { type: "array", items: { type: "str" } } } }, ".properties.list.items.type", /"str"/],
    [{ type: "object", properties: { a: { type: "string" } }, required: ["b"] }, ".required", /"b" is required but not among the properties/],
    [{ anyOf: [] }, ".anyOf", /non-empty/],
    [{ type: "string", enum: "a" }, ".enum", /non-empty list/],
  ])("finds the mistake in %j", (schema, path, problem) => {
    const found = jsonSchemaProblem(schema);
    expect(found?.[0]).toBe(path);
    expect(found?.[1]).toMatch(problem);
  });
});
