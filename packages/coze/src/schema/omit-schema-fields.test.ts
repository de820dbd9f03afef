import { describe, expect, it } from "vitest";
import { omitSchemaFields } from "./omit-schema-fields.js";

const schema = {
  type: "object",
  properties: {
    stream: { type: "boolean" },
    messages: { type: "array", items: { type: "object", properties: { role: { type: "string" }, tool_calls: { type: "array" } }, required: ["role", "tool_calls"] } },
    model: { type: "string" },
  },
  required: ["model", "stream"],
};

describe("omitSchemaFields", () => {
  it("removes top-level and nested fields, and their required entries, keeping field order", () => {
    const result = omitSchemaFields(schema, ["stream", "messages[].tool_calls"]);
    expect(Object.keys(result.properties as object)).toEqual(["messages", "model"]);
    expect(result.required).toEqual(["model"]);
    expect((result.properties as Record<string, { items: unknown }>).messages?.items).toEqual({
      type: "object",
      properties: { role: { type: "string" } },
      required: ["role"],
    });
  });

  it("throws for a field the schema does not have", () => {
    expect(() => omitSchemaFields(schema, ["streams"])).toThrow(/no field "streams"/);
  });
});
