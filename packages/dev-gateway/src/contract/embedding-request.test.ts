import { describe, expect, test } from "vitest";
import { expectBadRequest, postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

const model = "text-embedding-3-small";
const embed = (fields: Record<string, unknown>) => ({ model, input: "hello", ...fields });

describe("POST /v1/embeddings: the request contract", () => {
  const gateway = useDevGateway();

  test.each([
    ["one text", embed({})],
    ["a list of texts", embed({ input: ["a", "b"] })],
    ["a token array (number[])", embed({ input: [1, 2, 3] })],
    ["a list of token arrays (number[][])", embed({ input: [[1, 2], [3]] })],
    ["base64, dimensions and user", embed({ encoding_format: "base64", dimensions: 256, user: "u1" })],
  ])("accepts %s", async (_name, body) => {
    const response = await postJson(gateway(), "/embeddings", body);
    expect(response.status, await response.clone().text()).toBe(200);
  });

  test("a token array is one input, a list of token arrays one input each; usage counts the tokens", async () => {
    const single = await readJson(await postJson(gateway(), "/embeddings", embed({ input: [11, 22, 33] })));
    expect(single.data).toHaveLength(1);
    expect(single.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
    const batch = await readJson(await postJson(gateway(), "/embeddings", embed({ input: [[11, 22, 33], [44]] })));
    expect(batch.data.map((item: { index: number }) => item.index)).toEqual([0, 1]);
    expect(batch.data[0].embedding).toEqual(single.data[0].embedding);
    expect(batch.data[1].embedding).not.toEqual(single.data[0].embedding);
    expect(batch.usage).toEqual({ prompt_tokens: 4, total_tokens: 4 });
  });

  test.each([
    ["an empty text", embed({ input: "" }), "input", "empty_string"],
    ["an empty list", embed({ input: [] }), "input", "empty_array"],
    ["an empty text in a list", embed({ input: ["a", ""] }), "input[1]", "empty_string"],
    ["an empty token array in a list", embed({ input: [[1], []] }), "input[1]", "empty_array"],
    ["a fractional token", embed({ input: [1, 2.5] }), "input[1]", "invalid_type"],
    ["a negative token", embed({ input: [-1] }), "input[0]", "integer_below_min_value"],
    ["a text among tokens", embed({ input: [1, 2, "three"] }), "input[2]", "invalid_type"],
    ["a text in a token array of a list", embed({ input: [[1, "two"]] }), "input[0][1]", "invalid_type"],
    ["2049 inputs", embed({ input: Array.from({ length: 2049 }, () => "x") }), "input", "array_above_max_length"],
    ["an unknown encoding_format", embed({ encoding_format: "binary" }), "encoding_format", "invalid_value"],
    ["dimensions 0", embed({ dimensions: 0 }), "dimensions", "integer_below_min_value"],
    ["input missing", { model }, "input", "missing_required_parameter"],
    ["model missing", { input: "x" }, "model", "missing_required_parameter"],
  ])("refuses %s", async (_name, body, param, code) => {
    await expectBadRequest(await postJson(gateway(), "/embeddings", body), param, code);
  });

  test("an unknown field is refused: the reference closes the body", async () => {
    const response = await postJson(gateway(), "/embeddings", embed({ input_type: "query" }));
    expect((await readJson(response)).error).toEqual({
      message: "Unrecognized request argument supplied: input_type",
      type: "invalid_request_error",
      param: "input_type",
      code: null,
    });
  });
});
