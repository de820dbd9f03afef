import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { connectInMemory, type InMemoryConnection } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";

let gateway: DevGateway;
let connection: InMemoryConnection;
beforeAll(async () => {
  gateway = await startDevGateway();
  connection = await connectInMemory(testConfig(gateway));
});
afterAll(async () => {
  await connection.close();
  await gateway.close();
});
beforeEach(() => gateway.clearRequests());

interface EmbeddingsOutput {
  count: number;
  dimensions: number;
  model: string;
  vectors?: number[][];
  vectors_omitted?: string;
  similarity?: number[][];
  ranking?: Array<{ index: number; score: number; text: string }>;
}

it("answers a summary by default, without vectors", async () => {
  const result = await connection.client.callTool({ name: "crazyrouter_embeddings", arguments: { texts: ["first", "second"] } });
  const output = result.structuredContent as EmbeddingsOutput;
  expect(output).toMatchObject({ count: 2, dimensions: 1536, model: "text-embedding-3-small" });
  expect(output.vectors).toBeUndefined();
  expect(JSON.parse(firstText(result))).toEqual(output);
  // The core asks for base64 unless told otherwise: a quarter of the JSON floats' size.
  expect(gateway.requests[0]?.body).toEqual({ model: "text-embedding-3-small", input: ["first", "second"], encoding_format: "base64" });
});

it("returns rounded vectors of the requested length, and passes encoding_format through", async () => {
  const result = await connection.client.callTool({
    name: "crazyrouter_embeddings",
    arguments: { texts: ["a cat", "a dog"], dimensions: 64, include_vectors: true, encoding_format: "float" },
  });
  const output = result.structuredContent as EmbeddingsOutput;
  expect(output.vectors).toHaveLength(2);
  expect(output.vectors![0]).toHaveLength(64);
  for (const value of output.vectors![0]!) expect(Math.abs(value * 1e6 - Math.round(value * 1e6))).toBeLessThan(1e-6);
  expect(gateway.requests[0]?.body).toEqual({ model: "text-embedding-3-small", input: ["a cat", "a dog"], dimensions: 64, encoding_format: "float" });
});

it("computes the similarity matrix and ranks texts against a query in the same request", async () => {
  const texts = ["the cat sat on the mat", "stock prices fell", "a cat on a mat"];
  const result = await connection.client.callTool({ name: "crazyrouter_embeddings", arguments: { texts, similarity: true, query: "the cat sat on the mat" } });
  const output = result.structuredContent as EmbeddingsOutput;
  expect(output.count).toBe(3);
  expect(output.similarity).toHaveLength(3);
  expect(output.similarity![0]![0]).toBe(1);
  expect(output.similarity![0]![1]).toBe(output.similarity![1]![0]);
  // The identical text ranks first with similarity 1.
  expect(output.ranking?.[0]).toMatchObject({ index: 0, score: 1 });
  expect(output.ranking?.map((entry) => entry.index).sort()).toEqual([0, 1, 2]);
  expect(gateway.requests).toHaveLength(1);
  expect((gateway.requests[0]?.body as { input: string[] }).input).toEqual([...texts, "the cat sat on the mat"]);
});

it("leaves vectors out, saying why, when they would overflow a client's result limit", async () => {
  const texts = Array.from({ length: 40 }, (_, index) => `text number ${index}`);
  const result = await connection.client.callTool({ name: "crazyrouter_embeddings", arguments: { texts, include_vectors: true } });
  const output = result.structuredContent as EmbeddingsOutput;
  expect(output.vectors).toBeUndefined();
  expect(output.vectors_omitted).toMatch(/dimensions/);
  expect(JSON.stringify(result).length).toBeLessThan(100_000);
});
