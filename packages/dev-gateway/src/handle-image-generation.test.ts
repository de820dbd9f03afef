import { describe, expect, test } from "vitest";
import { authHeaders, postJson, readJson, useDevGateway } from "./dev-gateway-test-kit.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("POST /v1/images/generations", () => {
  const gateway = useDevGateway();

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
    const response = await postJson(gateway(), "/images/generations", {
      model: "gpt-image-2",
      prompt: "wide",
      size: "1536x1024",
      response_format: "b64_json",
      n: 2,
    });
    const body = await readJson(response);
    expect(body.data).toHaveLength(2);
    for (const item of body.data) {
      expect(item.url).toBeUndefined();
      expect(pngSize(Buffer.from(item.b64_json, "base64"))).toEqual({ width: 64, height: 43 });
    }
  });

  test("the same prompt renders the same picture", async () => {
    const request = { model: "gpt-image-2", prompt: "same", response_format: "b64_json" };
    const first = await readJson(await postJson(gateway(), "/images/generations", request));
    const second = await readJson(await postJson(gateway(), "/images/generations", request));
    expect(second.data[0].b64_json).toBe(first.data[0].b64_json);
  });

  test("x-dev-gateway-image-size: real renders the full size with incompressible noise", async () => {
    const response = await postJson(
      gateway(),
      "/images/generations",
      { model: "gpt-image-2", prompt: "big", size: "512x256", response_format: "b64_json" },
      { "x-dev-gateway-image-size": "real" },
    );
    const png = Buffer.from((await readJson(response)).data[0].b64_json, "base64");
    expect(pngSize(png)).toEqual({ width: 512, height: 256 });
    expect(png.length).toBeGreaterThan(512 * 256 * 3);
  });

  test("qwen-image rejects any response_format with 400, and works without it", async () => {
    const rejected = await postJson(gateway(), "/images/generations", { model: "qwen-image", prompt: "x", response_format: "url" });
    expect(rejected.status).toBe(400);
    expect((await readJson(rejected)).error).toMatchObject({
      message: "response_format is not supported for this model",
      param: "response_format",
    });
    const accepted = await postJson(gateway(), "/images/generations", { model: "qwen-image", prompt: "x" });
    expect(accepted.status).toBe(200);
  });

  test("an unknown image id is 404", async () => {
    const response = await fetch(`${gateway().url}/__dev/images/img_missing.png`, { headers: authHeaders(gateway()) });
    expect(response.status).toBe(404);
  });
});
