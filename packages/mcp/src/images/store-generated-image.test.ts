import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { downloadImage } from "@crazyrouter/core";
import { expect, it } from "vitest";
import { storeGeneratedImage } from "./store-generated-image.js";

const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const options = () => ({
  directory: mkdtempSync(join(tmpdir(), "store-image-")),
  prompt: "A Red Bicycle!",
  index: 0,
  signal: new AbortController().signal,
  // Core's rules with a fetcher that must not be reached by the cases here.
  download: (url: string) =>
    downloadImage(url, {
      fetch: () => Promise.reject(new Error("fetched although the rules refuse the link")),
      gatewayBaseUrl: "https://crazyrouter.com/v1",
      signal: new AbortController().signal,
    }),
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

it("reports, not throws, a link it refuses to fetch", async () => {
  const stored = await storeGeneratedImage({ url: "ftp://example.com/a.png", b64Json: undefined, revisedPrompt: undefined }, options());
  expect(stored).toMatchObject({ url: "ftp://example.com/a.png", path: undefined, error: "the link uses ftp:, not http or https" });
  const internal = await storeGeneratedImage({ url: "http://169.254.169.254/latest/meta-data/", b64Json: undefined, revisedPrompt: undefined }, options());
  expect(internal.error).toMatch(/^169\.254\.169\.254 is a link-local address/);
});

it("never saves carried bytes that are not an image", async () => {
  const settings = options();
  const html = Buffer.from("<!doctype html><p>not an image</p>");
  const base64 = await storeGeneratedImage({ url: undefined, b64Json: html.toString("base64"), revisedPrompt: undefined }, settings);
  const dataUrl = await storeGeneratedImage(
    { url: `data:image/png;base64,${html.toString("base64")}`, b64Json: undefined, revisedPrompt: undefined },
    settings,
  );
  for (const stored of [base64, dataUrl])
    expect(stored).toMatchObject({ path: undefined, data: undefined, error: expect.stringContaining("not a PNG, JPEG, GIF or WebP") });
  expect(readdirSync(settings.directory)).toEqual([]);
});
