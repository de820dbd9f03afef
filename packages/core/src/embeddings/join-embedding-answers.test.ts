import { describe, expect, it } from "vitest";
import { decodeBase64 } from "./decode-base64.js";
import { joinEmbeddingAnswers } from "./join-embedding-answers.js";

const meta = (requestId: string) => ({ requestId, status: 200, baseUrl: "http://127.0.0.1/v1", model: "m", attempts: 1 });

describe("joinEmbeddingAnswers", () => {
  it("puts vectors back in input order across batches and sums usage", () => {
    const result = joinEmbeddingAnswers(
      [
        {
          data: {
            model: "m",
            data: [
              { index: 1, embedding: [2] },
              { index: 0, embedding: [1] },
            ],
            usage: { prompt_tokens: 2, total_tokens: 2 },
          },
          meta: meta("a"),
        },
        { data: { model: "m", data: [{ index: 0, embedding: [3] }], usage: { prompt_tokens: 1, total_tokens: 1 } }, meta: meta("b") },
      ],
      [2, 1],
      decodeBase64,
    );
    expect(result.embeddings.map((vector) => Array.from(vector))).toEqual([[1], [2], [3]]);
    expect(result.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
    expect(result.requests.map((request) => request.requestId)).toEqual(["a", "b"]);
  });

  it("refuses an item without an embedding, and a short answer, naming the request", () => {
    expect(() => joinEmbeddingAnswers([{ data: { data: [{ index: 0, vector: [1] }] }, meta: meta("c") }], [1], decodeBase64)).toThrow(/has no embedding/);
    expect(() => joinEmbeddingAnswers([{ data: { data: [{ embedding: [1] }] }, meta: meta("d") }], [2], decodeBase64)).toThrow(/Asked for 2 embeddings, got 1/);
  });
});
