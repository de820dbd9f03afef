import { expect, it } from "vitest";
import { carriedImageBytes } from "./carried-image-bytes.js";
import { checkImageBytes } from "./check-image-bytes.js";

const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

it("decodes base64 and data: URL answers, wrapped lines included, and leaves links alone", () => {
  const wrapped = png.toString("base64").replace(/(.{8})/g, "$1\n");
  expect(Buffer.from(carriedImageBytes({ b64Json: wrapped })!).equals(png)).toBe(true);
  expect(Buffer.from(carriedImageBytes({ url: `data:image/png;base64,${png.toString("base64")}` })!).equals(png)).toBe(true);
  expect(carriedImageBytes({ url: "https://cdn.example.com/a.png" })).toBeUndefined();
  expect(carriedImageBytes({ url: "data:text/plain,hello" })).toBeUndefined();
});

it("keeps only image signatures under the cap", () => {
  expect(checkImageBytes(png)).toMatchObject({ ok: true, type: { mimeType: "image/png" } });
  expect(checkImageBytes(png, { maxBytes: 8 })).toMatchObject({ ok: false, reason: "too-large" });
  expect(checkImageBytes(Buffer.from("<html>"), { declaredType: "image/png; charset=x" })).toEqual({
    ok: false,
    reason: "not-image",
    message: "the bytes are not a PNG, JPEG, GIF or WebP image (the host called them image/png)",
  });
});
