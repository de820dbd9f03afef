import { describe, expect, it } from "vitest";
import { applyResponseView } from "./apply-response-view.js";

const answer = {
  type: "object",
  properties: {
    data: {
      type: "array",
      items: {
        type: "object",
        properties: {
          url: { type: ["string", "null"] },
          b64_json: { type: ["string", "null"] },
          embedding: { anyOf: [{ type: "string" }, { type: "array", items: {} }] },
        },
        required: ["b64_json", "url"],
      },
    },
    usage: { anyOf: [{ type: "object", properties: { total_tokens: { type: "number" } } }, { type: "null" }] },
  },
  required: ["data"],
};

describe("applyResponseView", () => {
  it("keeps only the fields the view names, through lists and nullable objects", () => {
    const result = applyResponseView(answer, { data: { fields: { url: true } }, usage: true });
    expect(result).toEqual({
      type: "object",
      properties: {
        data: { type: "array", items: { type: "object", properties: { url: { type: ["string", "null"] } }, required: ["url"] } },
        usage: answer.properties.usage,
      },
      required: ["data"],
    });
  });

  it("picks a union form by type and types untyped items", () => {
    const result = applyResponseView(answer, { data: { fields: { embedding: { variant: "array", itemType: "number" } } } });
    const items = (result.properties as { data: { items: { properties: Record<string, unknown> } } }).data.items;
    expect(items.properties.embedding).toEqual({ type: "array", items: { type: "number" } });
  });

  it("throws when the view names a field the core does not describe", () => {
    expect(() => applyResponseView(answer, { created: true })).toThrow(/no field "created"/);
  });
});
