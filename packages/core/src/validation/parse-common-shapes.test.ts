import { describe, expect, it } from "vitest";
import * as z from "zod";
import { chatCompletionsOperation } from "../operations/chat-completions.js";
import { embeddingsOperation } from "../operations/embeddings.js";
import { imageGenerationOperation } from "../operations/image-generation.js";
import { jsonMutations } from "../testing/json-mutations.js";
import { parseCommonShapes } from "./parse-common-shapes.js";

const tool = { type: "function", function: { name: "get_weather", description: "Weather now", parameters: { type: "object", properties: {} }, strict: true } };

/** Requests as users and adapters send them, covering every message role, content parts and most fields. */
const requests = [
  {
    operation: chatCompletionsOperation,
    examples: [
      { model: "gpt-5.4", messages: [{ role: "user", content: "Reply only OK" }] },
      {
        model: "claude-sonnet-4-6",
        messages: [
          { role: "system", content: "Be brief.", name: "rules" },
          { role: "developer", content: [{ type: "text", text: "Answer in French." }] },
          {
            role: "user",
            content: [
              { type: "text", text: "What is this?" },
              { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
            ],
          },
          { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
          { role: "tool", content: "sunny", tool_call_id: "call_1" },
          { role: "assistant", content: "It is sunny.", refusal: null },
        ],
        temperature: 0.2,
        top_p: 1,
        max_tokens: 256,
        stop: ["\n\n", "END"],
        n: 2,
        presence_penalty: -2,
        frequency_penalty: 2,
        logit_bias: { "50256": -100 },
        logprobs: true,
        top_logprobs: 20,
        seed: 7,
        tools: [tool],
        tool_choice: { type: "function", function: { name: "get_weather" } },
        parallel_tool_calls: false,
        metadata: { team: "docs" },
        user: "user-1",
        stream: true,
        stream_options: { include_usage: true },
      },
      {
        model: "gpt-5.4",
        messages: [{ role: "user", content: "Give JSON" }],
        response_format: {
          type: "json_schema",
          json_schema: { name: "reply", schema: { type: "object", properties: { a: { type: "string" } } }, strict: null },
        },
        reasoning_effort: "low",
        max_completion_tokens: 1_048_576,
        tool_choice: "auto",
        verbosity: "high",
        service_tier: "flex",
      },
    ],
  },
  {
    operation: embeddingsOperation,
    examples: [
      { model: "text-embedding-3-small", input: ["first text", "second text"], encoding_format: "base64" },
      { model: "text-embedding-3-large", input: [[1, 2, 3]], dimensions: 256, user: "u" },
    ],
  },
  {
    operation: imageGenerationOperation,
    examples: [
      { model: "gpt-image-2", prompt: "a red kite over the sea", n: 1, size: "1024x1536", quality: "high" },
      { model: "qwen-image", prompt: "a lighthouse", size: "auto", response_format: "b64_json" },
    ],
  },
];

/** Values that sit on or just past the schemas' bounds, and strings zod's `trim` changes. */
const boundaryValues = [-2.5, 2.5, 1.5, 1_048_577, 129, 21, " gpt-5.4 ", "  ", "99999x99999", "10x10", "a".repeat(65), Number.NaN, Infinity, undefined];

describe("parseCommonShapes, with zod as the judge", () => {
  for (const { operation, examples } of requests) {
    const schema = operation.request as z.ZodType;

    it(`answers ${operation.id} requests users send, with zod's own output, key order included`, () => {
      for (const example of examples) {
        const judged = schema.safeParse(example);
        expect(judged.success, JSON.stringify(judged.error?.issues)).toBe(true);
        const parsed = parseCommonShapes(schema, example);
        expect(parsed).toBeDefined();
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(judged.data));
      }
    });

    it(`never accepts a ${operation.id} request zod refuses, and never answers other than zod`, () => {
      const variants = examples.flatMap((example) => jsonMutations(example, boundaryValues));
      let refused = 0;
      let answered = 0;
      for (const variant of variants) {
        const judged = schema.safeParse(variant);
        const parsed = parseCommonShapes(schema, variant);
        if (!judged.success) refused += 1;
        if (parsed === undefined) continue;
        answered += 1;
        expect(judged.success, `zod refuses ${JSON.stringify(variant)}`).toBe(true);
        expect(JSON.stringify(parsed)).toBe(JSON.stringify(judged.data));
      }
      // The variants exercise both sides: many refused by zod, and many answered without it.
      expect(refused).toBeGreaterThan(50);
      expect(answered).toBeGreaterThan(20);
    });
  }
});

describe("parseCommonShapes", () => {
  it("hands zod what it cannot be sure of", () => {
    expect(parseCommonShapes(z.strictObject({ a: z.string().optional() }), { a: undefined })).toBeUndefined();
    expect(parseCommonShapes(z.object({ a: z.string() }), { a: "x", b: 1 })).toBeUndefined();
    expect(parseCommonShapes(z.xor([z.string(), z.string().min(1)]), "x")).toBeUndefined();
    expect(
      parseCommonShapes(
        z.string().refine(async () => true),
        "x",
      ),
    ).toBeUndefined();
    expect(
      parseCommonShapes(
        z.string().transform((text) => text.length),
        "x",
      ),
    ).toBeUndefined();
    expect(parseCommonShapes(z.coerce.number(), "1")).toBeUndefined();
    // zod takes the first option that accepts: an earlier option that transforms decides, not a later plain one.
    expect(parseCommonShapes(z.union([z.string().transform((text) => text.length), z.string()]), "abc")).toBeUndefined();
  });

  it("refuses what zod's types refuse before any check runs", () => {
    expect(parseCommonShapes(z.number(), Infinity)).toBeUndefined();
    expect(parseCommonShapes(z.number(), Number.NaN)).toBeUndefined();
    expect(parseCommonShapes(z.number(), 1.5)).toBe(1.5);
  });

  it("skips a check whose condition says it does not apply, as zod does", () => {
    const skipped = z.string().refine(() => false, { when: () => false });
    expect(skipped.safeParse("x").success).toBe(true);
    expect(parseCommonShapes(skipped, "x")).toBe("x");
  });

  it("applies zod's own checks: trim, refinements and whole numbers", () => {
    expect(parseCommonShapes(z.strictObject({ model: z.string().trim().min(1) }), { model: " gpt-5.4 " })).toEqual({ model: "gpt-5.4" });
    expect(
      parseCommonShapes(
        z.string().refine((text) => text !== "no"),
        "no",
      ),
    ).toBeUndefined();
    expect(parseCommonShapes(z.int(), 1.5)).toBeUndefined();
    expect(parseCommonShapes(z.int(), 2)).toBe(2);
  });
});
