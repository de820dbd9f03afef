import { expect, it } from "vitest";
import { buildImageResult } from "./build-image-result.js";
import type { StoredImage } from "./store-generated-image.js";

const image = (bytes: number, extra: Partial<StoredImage> = {}): StoredImage => ({
  url: "https://cdn.example/image.png",
  path: "/tmp/image.png",
  mimeType: "image/png",
  data: new Uint8Array(bytes),
  revisedPrompt: undefined,
  error: undefined,
  ...extra,
});

it("inlines images while the shared budget lasts, in order", () => {
  // 3000 bytes are 4000 base64 characters: two fit a 9000 budget, the third does not.
  const result = buildImageResult([image(3000), image(3000), image(3000)], { model: "gpt-image-2", requestId: "req_1", inlineMaxBytes: 9000 });
  expect(result.content.map((block) => block.type)).toEqual(["text", "image", "image"]);
  expect((result.structuredContent as { images: Array<{ inline: boolean }> }).images.map((entry) => entry.inline)).toEqual([true, true, false]);
  const text = (result.content[0] as { text: string }).text;
  expect(text).toMatch(/^Generated 3 images with gpt-image-2 \(request req_1\)\./);
  expect(text).toMatch(/Image 3:[\s\S]*Not shown inline: 3\.9 KB as base64 is over the 8\.8 KB inline limit/);
});

it("reports an image that was not downloaded, keeping its URL for the user", () => {
  const result = buildImageResult([image(0, { data: undefined, path: undefined, mimeType: undefined, error: "the image host answered HTTP 404" })], {
    model: "qwen-image",
    requestId: undefined,
    inlineMaxBytes: 1000,
  });
  expect(result.content).toHaveLength(1);
  const text = (result.content[0] as { text: string }).text;
  expect(text).toContain("- URL: https://cdn.example/image.png");
  expect(text).toContain("- Not downloaded: the image host answered HTTP 404. Open the URL yourself if you trust it.");
});
