import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { storeGeneratedImage } from "./store-generated-image.js";

const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const options = () => ({
  directory: mkdtempSync(join(tmpdir(), "store-image-")),
  prompt: "A Red Bicycle!",
  index: 0,
  signal: new AbortController().signal,
  downloadTimeoutMs: 1000,
  downloadMaxBytes: 1024,
});

it("saves base64 answers without any download", async () => {
  const stored = await storeGeneratedImage({ url: undefined, b64Json: png.toString("base64"), revisedPrompt: "x" }, options());
  expect(stored).toMatchObject({ url: undefined, mimeType: "image/png", error: undefined, revisedPrompt: "x" });
  expect(stored.path).toMatch(/-a-red-bicycle-[0-9a-f]{6}-1\.png$/);
  expect(readFileSync(stored.path!).equals(png)).toBe(true);
});

it("decodes data: URLs instead of echoing them as links", async () => {
  const stored = await storeGeneratedImage({ url: `data:image/png;base64,${png.toString("base64")}`, b64Json: undefined, revisedPrompt: undefined }, options());
  expect(stored.url).toBeUndefined();
  expect(stored.path).toBeDefined();
});

it("reports, not throws, a link it cannot fetch", async () => {
  const stored = await storeGeneratedImage({ url: "ftp://example.com/a.png", b64Json: undefined, revisedPrompt: undefined }, options());
  expect(stored).toMatchObject({ url: "ftp://example.com/a.png", path: undefined, error: "not an http(s) URL (ftp:)" });
});
