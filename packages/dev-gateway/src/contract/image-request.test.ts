import { describe, expect, test } from "vitest";
import { expectBadRequest, postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

const draw = (fields: Record<string, unknown>) => ({ model: "gpt-image-2", prompt: "a red fox", ...fields });

describe("POST /v1/images/generations: the request contract", () => {
  const gateway = useDevGateway();

  test.each([
    ["a prompt alone", draw({})],
    [
      "the GPT image options",
      draw({ quality: "high", background: "opaque", output_format: "webp", output_compression: 80, moderation: "low", size: "1536x1024" }),
    ],
    ["n 10 and a user", draw({ n: 10, user: "u1" })],
    ["nulls for the nullable fields", draw({ n: null, quality: null, size: null, style: null })],
  ])("accepts %s", async (_name, body) => {
    const response = await postJson(gateway(), "/images/generations", body);
    expect(response.status, await response.clone().text()).toBe(200);
  });

  test.each([
    ["prompt missing", { model: "gpt-image-2" }, "prompt", "missing_required_parameter"],
    ["an empty prompt", draw({ prompt: "" }), "prompt", "empty_string"],
    ["n 11", draw({ n: 11 }), "n", "integer_above_max_value"],
    ["n 0", draw({ n: 0 }), "n", "integer_below_min_value"],
    ["an unknown quality", draw({ quality: "ultra" }), "quality", "invalid_value"],
    ["an unknown response_format", draw({ model: "qwen-image", response_format: "png" }), "response_format", "invalid_value"],
    ["output_compression 101", draw({ output_compression: 101 }), "output_compression", "integer_above_max_value"],
    ["a size that is not a string", draw({ size: 1024 }), "size", "invalid_type"],
  ])("refuses %s", async (_name, body, param, code) => {
    await expectBadRequest(await postJson(gateway(), "/images/generations", body), param, code);
  });

  test("an unknown field is refused in the images endpoint's words", async () => {
    const response = await postJson(gateway(), "/images/generations", draw({ negative_prompt: "blur" }));
    expect((await readJson(response)).error).toEqual({
      message: "Unknown parameter: 'negative_prompt'.",
      type: "invalid_request_error",
      param: "negative_prompt",
      code: "unknown_parameter",
    });
  });

  test("a streamed image is refused as something the simulator does not play", async () => {
    const response = await postJson(gateway(), "/images/generations", draw({ stream: true }));
    expect(response.status).toBe(400);
    expect((await readJson(response)).error).toMatchObject({ param: "stream", message: expect.stringContaining("dev gateway") });
  });
});
