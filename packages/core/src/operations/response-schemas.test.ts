import { describe, expect, it } from "vitest";
import { chatCompletionResponseSchema } from "./chat-completions.js";
import { embeddingsResponseSchema } from "./embeddings.js";
import { imageGenerationResponseSchema } from "./image-generation.js";
import { listModelsResponseSchema } from "./list-models.js";

// parseOperationResponse hands back the parsed JSON rather than zod's copy; that is only right while the
// response schemas check without changing anything (no transforms, no defaults). This keeps it so.
describe("response schemas only check", () => {
  it.each([
    [
      "chat",
      chatCompletionResponseSchema(),
      {
        id: "c1",
        model: "m",
        extra: { nested: true },
        choices: [{ index: 0, message: { role: "assistant", content: "OK", refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, details: {} },
      },
    ],
    [
      "embeddings",
      embeddingsResponseSchema(),
      {
        object: "list",
        model: "m",
        data: [
          { object: "embedding", index: 0, embedding: [0.1, 0.2] },
          { index: 1, embedding: "AAAA" },
        ],
        usage: null,
      },
    ],
    ["images", imageGenerationResponseSchema(), { created: 1, data: [{ url: "https://x/y.png", revised_prompt: null, extra: 1 }] }],
    ["models", listModelsResponseSchema(), { object: "list", data: [{ id: "gpt-5.4", object: "model", owned_by: null, created: 1 }] }],
  ])("%s answers come out exactly as they went in", (_, schema, answer) => {
    expect(schema.parse(answer)).toEqual(answer);
  });
});
