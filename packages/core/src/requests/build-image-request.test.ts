import { describe, expect, it } from "vitest";
import { buildImageRequest } from "./build-image-request.js";

describe("buildImageRequest", () => {
  it("leaves response_format out for models that refuse it, with a warning", () => {
    for (const model of ["gpt-image-2", "gpt-image-1-mini", "qwen-image"]) {
      const built = buildImageRequest({ model, prompt: "a cat", response_format: "url" });
      expect(built.body, model).toEqual({ model, prompt: "a cat" });
      expect(
        built.warnings.map((warning) => warning.field),
        model,
      ).toEqual(["response_format"]);
    }
  });

  it("sends it to models that take it", () => {
    expect(buildImageRequest({ model: "dall-e-3", prompt: "a cat", response_format: "b64_json", n: 1 })).toEqual({
      body: { model: "dall-e-3", prompt: "a cat", response_format: "b64_json", n: 1 },
      warnings: [],
    });
  });
});

describe("buildImageRequest with model families", () => {
  const refusal = (request: Parameters<typeof buildImageRequest>[0]) => {
    try {
      buildImageRequest(request);
    } catch (error) {
      return error as { code: string; field: string; message: string };
    }
    return undefined;
  };

  it("refuses a quality of another family before sending, naming what the model takes", () => {
    expect(refusal({ model: "gpt-image-2", prompt: "a cat", quality: "hd" })).toMatchObject({
      code: "invalid_input",
      field: "quality",
      message: "Invalid image_generation.quality: gpt-image-2 (GPT Image 2) takes quality auto, low, medium or high, not hd.",
    });
    expect(refusal({ model: "dall-e-3", prompt: "a cat", quality: "low" })).toMatchObject({ field: "quality" });
    expect(refusal({ model: "qwen-image", prompt: "a cat", quality: "high" })).toMatchObject({ field: "quality" });
  });

  it("refuses a size outside a closed family list, and lets free-size families and unknown models through", () => {
    expect(refusal({ model: "dall-e-3", prompt: "a cat", size: "1536x1024" })).toMatchObject({ field: "size" });
    expect(refusal({ model: "gpt-image-1", prompt: "a cat", size: "2048x2048" })).toMatchObject({ field: "size" });
    expect(refusal({ model: "gpt-image-2", prompt: "a cat", size: "2048x1152", quality: "high" })).toBeUndefined();
    expect(refusal({ model: "openai/dall-e-3", prompt: "a cat", size: "1792x1024", quality: "hd" })).toBeUndefined();
    expect(refusal({ model: "seedream-4", prompt: "a cat", size: "4096x4096", quality: "hd" })).toBeUndefined();
  });
});
