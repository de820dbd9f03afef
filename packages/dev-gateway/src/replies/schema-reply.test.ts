import { expect, it } from "vitest";
import { schemaReply } from "./schema-reply.js";

it("answers with a value that follows the schema, carrying the message text in strings", () => {
  const schema = {
    type: "object",
    properties: {
      answer: { type: "string" },
      confidence: { type: "number", minimum: 0.5 },
      sure: { type: ["boolean", "null"] },
      mood: { enum: ["happy", "sad"] },
      tags: { type: "array", items: { type: "string" }, minItems: 2 },
      detail: { type: "object", properties: { count: { type: "integer" } } },
      either: { anyOf: [{ type: "integer" }, { type: "string" }] },
    },
  };
  expect(schemaReply(schema, "hello")).toEqual({
    answer: "hello",
    confidence: 0.5,
    sure: false,
    mood: "happy",
    tags: ["hello", "hello"],
    detail: { count: 0 },
    either: 0,
  });
});
