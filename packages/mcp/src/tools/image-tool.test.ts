import { readdirSync, readFileSync, statSync } from "node:fs";
import type { Transport } from "@crazyrouter/core";
import { createUndiciTransport } from "@crazyrouter/core/node";
import { type DevGateway, type HostileGateway, startDevGateway, startHostileGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectInMemory } from "../test-support/connect-in-memory.js";
import { firstText } from "../test-support/first-text.js";
import { testConfig } from "../test-support/test-config.js";

interface ImageOutput {
  model: string;
  request_id?: string;
  images: Array<{ url?: string; path?: string; mime_type?: string; bytes?: number; inline: boolean; revised_prompt?: string; error?: string }>;
}

let gateway: DevGateway;
let hostile: HostileGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
  hostile = await startHostileGateway();
});
afterAll(async () => {
  await gateway.close();
  await hostile.close();
});

it("downloads, saves and inlines a small image, with the URL and path in the first text block", async () => {
  const connection = await connectInMemory(testConfig(gateway));
  try {
    const result = await connection.client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "a red bicycle", size: "1024x1024" } });
    expect(result.isError).toBeFalsy();
    const output = result.structuredContent as ImageOutput;
    const image = output.images[0]!;
    expect(image).toMatchObject({ inline: true, mime_type: "image/png", revised_prompt: "a red bicycle (dev gateway)" });
    expect(image.url).toMatch(/\/__dev\/images\/.+\.png$/);
    const saved = readFileSync(image.path!);
    expect(saved.subarray(1, 4).toString()).toBe("PNG");
    expect(saved.byteLength).toBe(image.bytes);
    const text = firstText(result);
    expect(text).toContain(image.url!);
    expect(text).toContain(image.path!);
    const blocks = result.content as Array<{ type: string; data?: string; mimeType?: string }>;
    expect(blocks[1]).toMatchObject({ type: "image", mimeType: "image/png" });
    expect(Buffer.from(blocks[1]!.data!, "base64").equals(saved)).toBe(true);
    // The image link is fetched without the key: it may point at any CDN.
    const download = gateway.requests.find((request) => request.path.startsWith("/__dev/images/"));
    expect(download?.headers.authorization).toBeUndefined();
  } finally {
    await connection.close();
  }
});

it("saves a large image without inlining it, and the result stays far under 1 MiB", async () => {
  const connection = await connectInMemory(testConfig(gateway, { extraHeaders: { "x-dev-gateway-image-size": "real" } }));
  try {
    const result = await connection.client.callTool(
      { name: "crazyrouter_generate_image", arguments: { prompt: "static noise", size: "2048x2048" } },
      undefined,
      { timeout: 60_000 },
    );
    const output = result.structuredContent as ImageOutput;
    const image = output.images[0]!;
    expect(image.inline).toBe(false);
    expect(statSync(image.path!).size).toBeGreaterThan(4 * 1024 * 1024);
    expect((result.content as unknown[]).length).toBe(1);
    expect(firstText(result)).toMatch(/Not shown inline: .* MB as base64 is over the 512\.0 KB inline limit/);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  } finally {
    await connection.close();
  }
}, 60_000);

it("inlines nothing when the inline limit is 0", async () => {
  const connection = await connectInMemory(testConfig(gateway, { inlineImageMaxBytes: 0 }));
  try {
    const result = await connection.client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "a boat", n: 2 } });
    const output = result.structuredContent as ImageOutput;
    expect(output.images).toHaveLength(2);
    expect(output.images.every((image) => !image.inline && image.path)).toBe(true);
    expect(new Set(output.images.map((image) => image.path)).size).toBe(2);
  } finally {
    await connection.close();
  }
});

it("sends progress notifications while the gateway is slow", async () => {
  const connection = await connectInMemory(testConfig(gateway, { extraHeaders: { "x-dev-gateway-fault": "slow-headers; delay_ms=3500" } }));
  try {
    const progress: Array<{ progress: number; message?: string }> = [];
    const result = await connection.client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "a slow sunset" } }, undefined, {
      onprogress: (notification) => progress.push(notification),
      resetTimeoutOnProgress: true,
    });
    expect(result.isError).toBeFalsy();
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]?.message).toMatch(/^Generating 1 image with gpt-image-2/);
    expect(progress.at(-1)?.message).toMatch(/^Downloading and saving/);
    const values = progress.map((notification) => notification.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  } finally {
    await connection.close();
  }
}, 20_000);

it("cancels the gateway request when the client cancels the call", async () => {
  const undici = createUndiciTransport();
  const seen: Array<{ aborted: boolean; outcome: Promise<"answered" | "torn down"> }> = [];
  let requestSent!: () => void;
  const sent = new Promise<void>((resolve) => (requestSent = resolve));
  // Watches the core's request: its signal must fire and the socket be torn down, not left waiting for the
  // answer (which would come after 10 minutes, far beyond the test's timeout).
  const transport: Transport = (request) => {
    const entry = { aborted: false, outcome: Promise.resolve<"answered" | "torn down">("answered") };
    seen.push(entry);
    request.signal?.addEventListener("abort", () => (entry.aborted = true));
    const response = undici(request);
    entry.outcome = response.then(
      () => "answered",
      () => "torn down",
    );
    requestSent();
    return response;
  };
  const connection = await connectInMemory(testConfig(gateway, { extraHeaders: { "x-dev-gateway-fault": "slow-headers; delay_ms=600000" } }), {
    clientOptions: { transport },
  });
  try {
    const controller = new AbortController();
    const call = connection.client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "never finished" } }, undefined, {
      signal: controller.signal,
    });
    await sent;
    controller.abort("user pressed stop");
    await expect(call).rejects.toThrow();
    expect(seen).toHaveLength(1);
    expect(await seen[0]!.outcome).toBe("torn down");
    expect(seen[0]!.aborted).toBe(true);
    await expect.poll(() => connection.logs.join("")).toContain("crazyrouter_generate_image: cancelled");
  } finally {
    await connection.close();
    await undici.close();
  }
});

it("downloads no internal, non-image or oversized link, and still answers every link with the reason", async () => {
  const internalPort = new URL(hostile.internalUrl).port;
  hostile.reset();
  hostile.answerImages([
    { url: "{internal}/secret.png" },
    { url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" },
    { url: "{gateway}/images/redirect-internal" },
    { url: "{gateway}/images/redirect-metadata" },
    { url: `http://images.example.test:${internalPort}/secret.png` },
    { url: "{gateway}/images/page.png" },
    { url: "{gateway}/images/huge.png" },
    { url: "{gateway}/images/redirect-ok" },
  ]);
  const config = testConfig(hostile);
  const connection = await connectInMemory(config, {
    // DNS for the test: a public-looking name that answers the internal server's address.
    imageFetcherOptions: { resolve: async (hostname) => (hostname === "images.example.test" ? [{ address: "127.0.0.1", family: 4 }] : []) },
  });
  try {
    const result = await connection.client.callTool({ name: "crazyrouter_generate_image", arguments: { prompt: "a lighthouse" } });
    expect(result.isError).toBeFalsy();
    expect(hostile.state.internalHits).toEqual([]);
    const images = (result.structuredContent as ImageOutput).images;
    expect(images.map((image) => Boolean(image.path))).toEqual([false, false, false, false, false, false, false, true]);
    expect(images.map((image) => image.error?.split(" ")[0])).toEqual([
      "127.0.0.1",
      "169.254.169.254",
      "after",
      "after",
      "images.example.test",
      "the",
      "the",
      undefined,
    ]);
    expect(images[6]?.error).toMatch(/over the 52428800-byte download limit/);
    expect(hostile.state.huge.closedEarly).toBe(true);
    // Only the real image is saved and inlined; every refused link is still handed to the user.
    expect(readdirSync(config.outputDir)).toHaveLength(1);
    expect((result.content as Array<{ type: string }>).map((block) => block.type)).toEqual(["text", "image"]);
    const text = firstText(result);
    expect(text.match(/- Not downloaded: /g)).toHaveLength(7);
    expect(text).toContain(`- URL: ${hostile.internalUrl}/secret.png`);
    expect(text).toContain("- Not downloaded: 127.0.0.1 is a loopback address (this machine). Open the URL yourself if you trust it.");
    expect(text).toContain("images.example.test resolves to 127.0.0.1");
    expect(hostile.state.downloads.every((download) => download.authorization === undefined)).toBe(true);
  } finally {
    await connection.close();
  }
});
