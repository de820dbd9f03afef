import { describe, expect, it } from "vitest";
import { keepSchemaFields } from "./keep-schema-fields.js";

const schema = {
  type: "object",
  properties: {
    model: { type: "string" },
    temperature: { type: "number" },
    messages: {
      type: "array",
      items: { type: "object", properties: { role: { type: "string" }, content: { type: "string" }, name: { type: "string" } }, required: ["role", "name"] },
    },
  },
  required: ["model", "messages", "temperature"],
};

describe("keepSchemaFields", () => {
  it("keeps the named fields, whole or field by field inside list items, in the order named", () => {
    expect(keepSchemaFields(schema, ["messages[].content", "messages[].role", "model"])).toEqual({
      type: "object",
      properties: {
        messages: { type: "array", items: { type: "object", properties: { content: { type: "string" }, role: { type: "string" } }, required: ["role"] } },
        model: { type: "string" },
      },
      required: ["model", "messages"],
    });
  });

  it("throws for a field the schema does not have", () => {
    expect(() => keepSchemaFields(schema, ["messages[].tool_calls"])).toThrow(/messages\[\]\.tool_calls/);
  });
});
