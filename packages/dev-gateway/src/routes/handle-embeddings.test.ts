import { describe, expect, test } from "vitest";
import { postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

function decodeBase64Floats(text: string): number[] {
  const bytes = Buffer.from(text, "base64");
  return Array.from({ length: bytes.length / 4 }, (_, index) => bytes.readFloatLE(index * 4));
}

const norm = (vector: number[]) => Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));

describe("POST /v1/embeddings", () => {
  const gateway = useDevGateway({ models: ["text-embedding-3-small", "text-embedding-3-large", "text-embedding-ada-002"] });

  test("answers one unit vector per input in the OpenAI shape, 1536 values for -3-small", async () => {
    const response = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: ["alpha", "beta gamma"] });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body).toMatchObject({ object: "list", model: "text-embedding-3-small", usage: { prompt_tokens: 3, total_tokens: 3 } });
    expect(body.data.map((item: { index: number; object: string }) => [item.object, item.index])).toEqual([
      ["embedding", 0],
      ["embedding", 1],
    ]);
    for (const item of body.data) {
      expect(item.embedding).toHaveLength(1536);
      expect(norm(item.embedding)).toBeCloseTo(1, 5);
    }
  });

  test("a single string input and -3-large's 3072 dimensions", async () => {
    const body = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-large", input: "alpha" }));
    expect(body.data).toHaveLength(1);
    expect(body.data[0].embedding).toHaveLength(3072);
  });

  test("the same text always gets the same vector, different texts different vectors", async () => {
    const first = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: ["same", "other"] }));
    const second = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: "same" }));
    expect(second.data[0].embedding).toEqual(first.data[0].embedding);
    expect(first.data[1].embedding).not.toEqual(first.data[0].embedding);
  });

  test("dimensions shortens the vector to a renormalised prefix", async () => {
    const full = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: "text" }));
    const short = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: "text", dimensions: 256 }));
    const vector: number[] = short.data[0].embedding;
    expect(vector).toHaveLength(256);
    expect(norm(vector)).toBeCloseTo(1, 5);
    const prefix: number[] = full.data[0].embedding.slice(0, 256);
    const scale = norm(prefix);
    vector.forEach((value, index) => expect(value).toBeCloseTo(prefix[index]! / scale, 6));
  });

  test("dimensions on a model that is not text-embedding-3 gets 400", async () => {
    const response = await postJson(gateway(), "/embeddings", { model: "text-embedding-ada-002", input: "x", dimensions: 256 });
    expect(response.status).toBe(400);
    expect((await readJson(response)).error.param).toBe("dimensions");
    const native = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-ada-002", input: "x" }));
    expect(native.data[0].embedding).toHaveLength(1536);
  });

  test("base64 carries the same values as little-endian float32", async () => {
    const input = ["one", "two"];
    const floats = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input }));
    const packed = await readJson(await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input, encoding_format: "base64" }));
    for (const index of [0, 1]) {
      expect(typeof packed.data[index].embedding).toBe("string");
      const decoded = decodeBase64Floats(packed.data[index].embedding);
      expect(decoded).toEqual(floats.data[index].embedding.map((value: number) => Math.fround(value)));
    }
  });

  // How fast the 36 MB answer is built is for `pnpm bench`; a time bound here would flake on shared cores.
  test("2048 inputs x 1536 dimensions are answered in full; 2049 get 400", async () => {
    const input = Array.from({ length: 2048 }, (_, index) => `document number ${index}`);
    const response = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input });
    const body = await readJson(response);
    expect(body.data).toHaveLength(2048);
    expect(body.data[2047].embedding).toHaveLength(1536);

    const tooMany = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: [...input, "one more"] });
    expect(tooMany.status).toBe(400);
    const error = (await readJson(tooMany)).error;
    expect(error.param).toBe("input");
    expect(error.message).toContain("2048");
  });

  test("an input of the wrong type names the field", async () => {
    const response = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: 5 });
    expect(response.status).toBe(400);
    expect((await readJson(response)).error).toEqual({
      message: "Invalid type for 'input': expected a string or an array, but got an integer instead.",
      type: "invalid_request_error",
      param: "input",
      code: "invalid_type",
    });
  });
});
