import { describe, expect, it } from "vitest";
import { mergeTaggedUnions } from "./merge-tagged-unions.js";

const messages = {
  type: "array",
  items: {
    oneOf: [
      { type: "object", properties: { role: { type: "string", const: "system" }, content: { type: "string" } }, required: ["role", "content"] },
      {
        type: "object",
        properties: { role: { type: "string", const: "tool" }, content: { type: "string" }, tool_call_id: { type: "string" } },
        required: ["role", "content", "tool_call_id"],
      },
    ],
  },
};

describe("mergeTaggedUnions", () => {
  it("makes one object of forms told apart by a constant field", () => {
    expect(mergeTaggedUnions(messages).items).toEqual({
      type: "object",
      properties: { role: { type: "string", enum: ["system", "tool"] }, content: { type: "string" }, tool_call_id: { type: "string" } },
      required: ["role", "content"],
    });
  });

  it("leaves unions without a tag alone", () => {
    const oneOrMany = { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] };
    expect(mergeTaggedUnions(oneOrMany)).toEqual(oneOrMany);
  });
});
