import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadImage, type DownloadImageOptions } from "./download-image.js";
import type { ImageFetcher } from "./image-fetcher.js";
import { createUndiciImageFetcher } from "./undici-image-fetcher.js";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const HUGE_BYTES = 8 * 1024 * 1024;
const CAP = 1024 * 1024;

interface Recorder {
  server: Server;
  origin: string;
  hits: string[];
  /** Bytes of the huge body written before the client went away, and whether it went away early. */
  huge: { written: number; closedEarly: boolean };
}

/** A loopback server that records every request; the "internal" one must never see any. */
interface Route {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | "huge";
}

async function startRecorder(routes: (path: string, origin: string) => Route): Promise<Recorder> {
  const recorder: Recorder = { server: createServer(), origin: "", hits: [], huge: { written: 0, closedEarly: false } };
  recorder.server.on("request", (request, response) => {
    recorder.hits.push(request.url ?? "");
    const route = routes(request.url ?? "", recorder.origin);
    response.writeHead(route.status, route.headers);
    if (route.body !== "huge") {
      response.end(route.body);
      return;
    }
    // PNG bytes, then more than the cap, chunked (no Content-Length), stopping once the client hangs up.
    let written = 0;
    const writeMore = () => {
      while (written < HUGE_BYTES) {
        const chunk = written === 0 ? Buffer.concat([PNG, Buffer.alloc(64 * 1024 - PNG.length)]) : Buffer.alloc(64 * 1024);
        written += chunk.length;
        recorder.huge.written = written;
        if (!response.write(chunk)) return void response.once("drain", writeMore);
      }
      response.end();
    };
    response.on("close", () => (recorder.huge.closedEarly = written < HUGE_BYTES || !response.writableFinished));
    writeMore();
  });
  await new Promise<void>((resolve) => recorder.server.listen(0, "127.0.0.1", resolve));
  recorder.origin = `http://127.0.0.1:${(recorder.server.address() as AddressInfo).port}`;
  return recorder;
}

let internal: Recorder;
let gateway: Recorder;
const fetcher = createUndiciImageFetcher({
  // DNS as the tests need it: one public-looking name answers 127.0.0.1, another a private address.
  resolve: async (hostname) => {
    if (hostname === "images.example.test") return [{ address: "127.0.0.1", family: 4 }];
    if (hostname === "mixed.example.test")
      return [
        { address: "93.184.216.34", family: 4 },
        { address: "10.0.0.7", family: 4 },
      ];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  },
});

beforeAll(async () => {
  internal = await startRecorder(() => ({ status: 200, headers: { "content-type": "image/png" }, body: PNG }));
  gateway = await startRecorder((path, origin): Route => {
    if (path === "/images/ok.png") return { status: 200, headers: { "content-type": "image/png" }, body: PNG };
    if (path === "/images/relative") return { status: 302, headers: { location: "/images/ok.png" } };
    if (path === "/images/to-internal") return { status: 302, headers: { location: `${internal.origin}/secret.png` } };
    if (path === "/images/to-metadata") return { status: 307, headers: { location: "http://169.254.169.254/latest/meta-data/" } };
    if (path.startsWith("/images/loop")) return { status: 302, headers: { location: `${origin}/images/loop${path.length}` } };
    if (path === "/images/page") return { status: 200, headers: { "content-type": "text/html" }, body: Buffer.from("<!doctype html><p>internal admin</p>") };
    if (path === "/images/huge.png") return { status: 200, headers: { "content-type": "image/png" }, body: "huge" };
    if (path === "/images/declared-huge.png")
      return { status: 200, headers: { "content-type": "image/png", "content-length": String(HUGE_BYTES) }, body: "huge" };
    return { status: 404 };
  });
});

afterAll(async () => {
  await fetcher.close();
  for (const recorder of [internal, gateway]) {
    recorder.server.closeAllConnections();
    await new Promise((resolve) => recorder.server.close(resolve));
  }
});

const download = (link: string, overrides: Partial<DownloadImageOptions> = {}) =>
  downloadImage(link, { fetch: fetcher, gatewayBaseUrl: `${gateway.origin}/v1`, signal: new AbortController().signal, maxBytes: CAP, ...overrides });

describe("downloadImage with the undici fetcher against loopback servers", () => {
  it("downloads an image on the gateway's own origin, following a relative redirect", async () => {
    const result = await download(`${gateway.origin}/images/relative`);
    expect(result).toMatchObject({ ok: true, type: { mimeType: "image/png", extension: "png" } });
    expect(Buffer.from((result as { bytes: Uint8Array }).bytes).equals(PNG)).toBe(true);
  });

  it("refuses loopback on another port, metadata, and internal redirect targets without requesting them", async () => {
    const hitsBefore = internal.hits.length;
    expect(await download(`${internal.origin}/secret.png`)).toMatchObject({
      ok: false,
      reason: "loopback",
      message: "127.0.0.1 is a loopback address (this machine)",
    });
    expect(await download("http://169.254.169.254/latest/meta-data/")).toMatchObject({ ok: false, reason: "link-local" });
    expect(await download(`${gateway.origin}/images/to-internal`)).toMatchObject({
      ok: false,
      reason: "loopback",
      message: expect.stringMatching(/^after 1 redirect, 127\.0\.0\.1 is a loopback/),
    });
    expect(await download(`${gateway.origin}/images/to-metadata`)).toMatchObject({ ok: false, reason: "link-local" });
    expect(internal.hits.length).toBe(hitsBefore);
  });

  it("refuses a public-looking name that resolves to an internal address, before connecting", async () => {
    const hitsBefore = internal.hits.length;
    const port = new URL(internal.origin).port;
    expect(await download(`http://images.example.test:${port}/secret.png`)).toMatchObject({
      ok: false,
      reason: "loopback",
      message: "images.example.test resolves to 127.0.0.1, a loopback address (this machine)",
    });
    expect(await download(`http://mixed.example.test:${port}/secret.png`)).toMatchObject({ ok: false, reason: "private" });
    expect(internal.hits.length).toBe(hitsBefore);
  });

  it("stops following redirects after the limit", async () => {
    expect(await download(`${gateway.origin}/images/loop`, { maxRedirects: 3 })).toMatchObject({ ok: false, reason: "redirects" });
  });

  it("refuses bytes that are not an image, whatever the host calls them", async () => {
    expect(await download(`${gateway.origin}/images/page`)).toMatchObject({ ok: false, reason: "not-image", message: expect.stringContaining("text/html") });
  });

  it("stops reading a body past the cap, declared or not", async () => {
    expect(await download(`${gateway.origin}/images/huge.png`)).toMatchObject({ ok: false, reason: "too-large" });
    await expect.poll(() => gateway.huge.closedEarly).toBe(true);
    expect(gateway.huge.written).toBeLessThan(HUGE_BYTES);
    gateway.huge = { written: 0, closedEarly: false };
    expect(await download(`${gateway.origin}/images/declared-huge.png`)).toMatchObject({ ok: false, reason: "too-large" });
  });

  it("asks the extra link check about every hop off the gateway's origin, and honours its refusal", async () => {
    const asked: string[] = [];
    const result = await download("https://cdn.example.com/a.png", {
      checkLink: async (url) => {
        asked.push(url);
        return "n8n's egress filter blocks cdn.example.com";
      },
    });
    expect(result).toEqual({ ok: false, reason: "host-check", message: "n8n's egress filter blocks cdn.example.com" });
    expect(asked).toEqual(["https://cdn.example.com/a.png"]);
  });

  it("reports an unreachable host as data and throws when the caller aborts", async () => {
    expect(await download("http://no-such-host.example.test/a.png")).toMatchObject({
      ok: false,
      reason: "connection",
      message: expect.stringContaining("ENOTFOUND"),
    });
    const controller = new AbortController();
    const pending: ImageFetcher = ({ signal }) => new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    const call = download("https://cdn.example.com/a.png", { fetch: pending, signal: controller.signal });
    controller.abort(new Error("cancelled by the user"));
    await expect(call).rejects.toThrow("cancelled by the user");
  });
});
