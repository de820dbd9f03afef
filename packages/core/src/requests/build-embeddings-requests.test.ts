import { describe, expect, it } from "vitest";
import { buildEmbeddingsRequests } from "./build-embeddings-requests.js";

const model = "text-embedding-3-small";

describe("buildEmbeddingsRequests", () => {
  it("sends one text as a list of one, in base64 unless asked otherwise", () => {
    expect(buildEmbeddingsRequests({ model, input: "one text" }, 2048)).toEqual({
      bodies: [{ model, input: ["one text"], encoding_format: "base64" }],
      inputCounts: [1],
    });
    expect(buildEmbeddingsRequests({ model, input: ["a"], encoding_format: "float" }, 2048).bodies[0]?.encoding_format).toBe("float");
  });

  it("takes token lists: one list is one input, a list of lists many", () => {
    expect(buildEmbeddingsRequests({ model, input: [1, 2, 3] }, 2048).bodies[0]?.input).toEqual([[1, 2, 3]]);
    expect(buildEmbeddingsRequests({ model, input: [[1], [2, 3]] }, 2048).inputCounts).toEqual([2]);
  });

  it("splits long lists into batches, keeping order", () => {
    const built = buildEmbeddingsRequests({ model, input: ["a", "b", "c"] }, 2);
    expect(built.bodies.map((body) => body.input)).toEqual([["a", "b"], ["c"]]);
    expect(built.inputCounts).toEqual([2, 1]);
  });

  it("refuses dimensions for a model that cannot shorten its vectors", () => {
    expect(() => buildEmbeddingsRequests({ model: "text-embedding-ada-002", input: "x", dimensions: 256 }, 2048)).toThrow(/refuses dimensions/);
  });
});
