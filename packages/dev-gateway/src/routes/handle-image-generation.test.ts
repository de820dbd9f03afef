import { describe, expect, test } from "vitest";
import { authHeaders, postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("POST /v1/images/generations", () => {
  // dall-e-2 and dall-e-3 still take response_format; the default models (gpt-image-2, qwen-image) refuse it.
  const gateway = useDevGateway({ models: ["gpt-image-2", "qwen-image", "dall-e-2", "dall-e-3"] });

  test("answers URLs served by the gateway without auth, with revised_prompt", async () => {
    const response = await postJson(gateway(), "/images/generations", { model: "gpt-image-2", prompt: "a red fox" });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body.created).toEqual(expect.any(Number));
    expect(body.data).toHaveLength(1);
    expect(body.data[0].revised_prompt).toBe("a red fox (dev gateway)");
    expect(body.data[0].url).toMatch(new RegExp(`^${gateway().url}/__dev/images/[\\w-]+\\.png$`));

    const image = await fetch(body.data[0].url);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    // 1024x1024 by default, rendered at 64x64 to stay small.
    expect(pngSize(Buffer.from(await image.arrayBuffer()))).toEqual({ width: 64, height: 64 });
    expect(gateway().requests.map((request) => request.path)).toEqual(["/v1/images/generations"]);
  });

  test("b64_json answers the PNG bytes, scaled to fit 64 px with the aspect kept", async () => {
    const wide = await readJson(
      await postJson(gateway(), "/images/generations", { model: "dall-e-3", prompt: "wide", size: "1792x1024", response_format: "b64_json" }),
    );
    expect(wide.data).toHaveLength(1);
    expect(wide.data[0].url).toBeUndefined();
    expect(pngSize(Buffer.from(wide.data[0].b64_json, "base64"))).toEqual({ width: 64, height: 37 });

    const two = await readJson(
      await postJson(gateway(), "/images/generations", { model: "dall-e-2", prompt: "two", size: "512x512", response_format: "b64_json", n: 2 }),
    );
    expect(two.data).toHaveLength(2);
    for (const item of two.data) expect(pngSize(Buffer.from(item.b64_json, "base64"))).toEqual({ width: 64, height: 64 });
  });

  test("the same prompt renders the same picture", async () => {
    const request = { model: "dall-e-2", prompt: "same", response_format: "b64_json" };
    const first = await readJson(await postJson(gateway(), "/images/generations", request));
    const second = await readJson(await postJson(gateway(), "/images/generations", request));
    expect(second.data[0].b64_json).toBe(first.data[0].b64_json);
  });

  test("x-dev-gateway-image-size: real renders the full size with incompressible noise", async () => {
    const response = await postJson(
      gateway(),
      "/images/generations",
      { model: "gpt-image-2", prompt: "big", size: "512x256" },
      { "x-dev-gateway-image-size": "real" },
    );
    const image = await fetch((await readJson(response)).data[0].url);
    const png = Buffer.from(await image.arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 512, height: 256 });
    expect(png.length).toBeGreaterThan(512 * 256 * 3);
  });

  test.each(["gpt-image-2", "qwen-image"])("%s refuses any response_format with 400, and works without it", async (model) => {
    for (const format of ["url", "b64_json"]) {
      const rejected = await postJson(gateway(), "/images/generations", { model, prompt: "x", response_format: format });
      expect(rejected.status).toBe(400);
      expect((await readJson(rejected)).error).toEqual({
        message: "Unknown parameter: 'response_format'.",
        type: "invalid_request_error",
        param: "response_format",
        code: "unknown_parameter",
      });
    }
    const accepted = await postJson(gateway(), "/images/generations", { model, prompt: "x" });
    expect(accepted.status).toBe(200);
  });

  test("an unknown image id is 404", async () => {
    const response = await fetch(`${gateway().url}/__dev/images/img_missing.png`, { headers: authHeaders(gateway()) });
    expect(response.status).toBe(404);
  });
});
