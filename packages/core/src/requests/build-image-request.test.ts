import { describe, expect, it } from "vitest";
import { buildImageRequest } from "./build-image-request.js";

describe("buildImageRequest", () => {
  it("leaves response_format out for models that refuse it, with a warning", () => {
    for (const model of ["gpt-image-2", "gpt-image-1-mini", "qwen-image"]) {
      const built = buildImageRequest({ model, prompt: "a cat", response_format: "url" });
      expect(built.body, model).toEqual({ model, prompt: "a cat" });
      expect(built.warnings.map((warning) => warning.field), model).toEqual(["response_format"]);
    }
  });

  it("sends it to models that take it", () => {
    expect(buildImageRequest({ model: "dall-e-3", prompt: "a cat", response_format: "b64_json", n: 1 })).toEqual({
      body: { model: "dall-e-3", prompt: "a cat", response_format: "b64_json", n: 1 },
      warnings: [],
    });
  });
});
