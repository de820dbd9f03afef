import { describe, expect, it } from "vitest";
import { operations } from "../operations/operations.js";
import type { JsonSchema } from "../operations/request-json-schema.js";
import responseJsonSchemas from "../operations/response-json-schemas.json" with { type: "json" };
import { matchesJsonSchema } from "./matches-json-schema.js";
import { jsonMutations } from "../testing/json-mutations.js";

const schemas = responseJsonSchemas as Record<string, JsonSchema>;

/** Well-formed answers as the gateway sends them, with the fields the core does not read. */
const answers: Record<string, unknown[]> = {
  chat_completions: [
    {
      id: "c1",
      object: "chat.completion",
      model: "gpt-5.4",
      choices: [
        { index: 0, message: { role: "assistant", content: "OK", refusal: null }, finish_reason: "stop", logprobs: null },
        {
          index: 1,
          message: {
            role: "assistant",
            content: null,
            reasoning_content: "…",
            tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: "{}" } }],
          },
          finish_reason: "tool_calls",
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, completion_tokens_details: {} },
    },
    { choices: [{ message: {} }], usage: null },
  ],
  embeddings: [
    { object: "list", model: "m", data: [{ object: "embedding", index: 0, embedding: [0.1, 0.2] }, { embedding: "AAAA" }], usage: { prompt_tokens: 1 } },
    { data: [] },
  ],
  image_generation: [
    { created: 1, data: [{ url: "https://x/y.png", revised_prompt: null, extra: 1 }], usage: {} },
    { data: [{ b64_json: "AAAA" }], usage: null },
  ],
  list_models: [
    {
      object: "list",
      data: [
        { id: "gpt-5.4", object: "model", owned_by: null, created: 1 },
        { id: "qwen-image", owned_by: "qwen" },
      ],
    },
    { data: [] },
  ],
};

describe("matchesJsonSchema on the answers' JSON Schemas, with zod as the judge", () => {
  for (const operation of operations) {
    const schema = schemas[operation.id]!;
    const examples = answers[operation.id]!;

    it(`accepts well-formed ${operation.id} answers, as zod does`, () => {
      for (const answer of examples) {
        expect(operation.response.safeParse(answer).success).toBe(true);
        expect(matchesJsonSchema(answer, schema)).toBe(true);
      }
    });

    it(`never accepts a ${operation.id} answer zod refuses`, () => {
      const variants = examples.flatMap((answer) => jsonMutations(answer));
      const refusedByZod = variants.filter((answer) => !operation.response.safeParse(answer).success);
      expect(refusedByZod.length).toBeGreaterThan(10);
      expect(refusedByZod.filter((answer) => matchesJsonSchema(answer, schema))).toEqual([]);
    });
  }
});

describe("matchesJsonSchema", () => {
  it("answers false for a keyword it does not know, whatever the value", () => {
    expect(matchesJsonSchema("a", { type: "string", pattern: "^b$" })).toBe(false);
    expect(matchesJsonSchema(1, { type: "integer" })).toBe(false);
    expect(matchesJsonSchema({ a: 1 }, { type: "object", properties: {}, additionalProperties: false })).toBe(false);
  });

  it("takes undeclared keys only where the schema allows any (zod's looseObject)", () => {
    expect(matchesJsonSchema({ a: 1 }, { type: "object", properties: {} })).toBe(false);
    expect(matchesJsonSchema({ a: 1 }, { type: "object", properties: {}, additionalProperties: {} })).toBe(true);
  });

  it("counts string lengths as zod does, in UTF-16 units", () => {
    expect(matchesJsonSchema("😀", { type: "string", minLength: 2 })).toBe(true);
    expect(matchesJsonSchema("😀", { type: "string", maxLength: 1 })).toBe(false);
  });
});
