import type { TransportResponse } from "../transport/transport.js";
import { checkImageBytes } from "./check-image-bytes.js";
import { checkImageUrl, type ImageUrlRefusal } from "./check-image-url.js";
import { IMAGE_DOWNLOAD_MAX_BYTES, IMAGE_DOWNLOAD_MAX_REDIRECTS } from "./image-download-limits.js";
import type { ImageFetcher } from "./image-fetcher.js";
import { ImageHostRefusedError } from "./image-host-refused-error.js";
import { readCappedBody } from "./read-capped-body.js";
import type { ImageType } from "./sniff-image-type.js";

/** Why an image was not downloaded: a refused link (see `ImageUrlRefusal`) or what the image host did. */
export type ImageDownloadRefusal = ImageUrlRefusal | "host-check" | "redirects" | "http-status" | "too-large" | "not-image" | "connection";

export type ImageDownload = { ok: true; bytes: Uint8Array; type: ImageType } | { ok: false; reason: ImageDownloadRefusal; message: string };

export interface DownloadImageOptions {
  fetch: ImageFetcher;
  /** The client's canonical base URL: links on its origin are fetched like the gateway (the dev gateway on 127.0.0.1 too). */
  gatewayBaseUrl: string | undefined;
  /** Cancels the download; the caller's deadline belongs here. An abort is thrown, never reported as a refusal. */
  signal: AbortSignal;
  maxBytes?: number | undefined;
  maxRedirects?: number | undefined;
  /**
   * A further check of every link not on the gateway's origin, before it is fetched (n8n passes its egress
   * filter, which resolves names). Resolves to why the link is refused, or undefined.
   */
  checkLink?: ((url: string) => Promise<string | undefined>) | undefined;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const refused = (reason: ImageDownloadRefusal, message: string): ImageDownload => ({ ok: false, reason, message });

async function release(response: TransportResponse): Promise<void> {
  await response.discard?.().catch(() => undefined);
}

/**
 * Downloads an image a gateway answer links to, under the image-download rules: every hop (the link and
 * each redirect, followed here, at most `maxRedirects`) must pass `checkImageUrl`; names must resolve to
 * public addresses (the fetcher's job); the body is read only up to `maxBytes`; and only bytes with a PNG,
 * JPEG, GIF or WebP signature count as an image. Refusals come back as data, so a tool can still hand the
 * user the link and say why it was not downloaded.
 */
export async function downloadImage(link: string, options: DownloadImageOptions): Promise<ImageDownload> {
  const maxBytes = options.maxBytes ?? IMAGE_DOWNLOAD_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? IMAGE_DOWNLOAD_MAX_REDIRECTS;
  let current = link;
  for (let redirects = 0; ; redirects += 1) {
    const after = (message: string) => (redirects === 0 ? message : `after ${redirects} redirect${redirects === 1 ? "" : "s"}, ${message}`);
    const verdict = checkImageUrl(current, options.gatewayBaseUrl);
    if (!verdict.allowed) return refused(verdict.reason, after(verdict.message));
    const onGatewayOrigin = verdict.access === "gateway";
    if (!onGatewayOrigin && options.checkLink) {
      const objection = await options.checkLink(verdict.url.href);
      if (objection !== undefined) return refused("host-check", after(objection));
    }
    let response: TransportResponse;
    try {
      response = await options.fetch({ url: verdict.url.href, signal: options.signal, onGatewayOrigin });
    } catch (error) {
      if (options.signal.aborted) throw error;
      const refusal = findHostRefusal(error);
      if (refusal) return refused(refusal.reason, after(refusal.message));
      return refused("connection", after(`the image host could not be reached (${error instanceof Error ? error.message : String(error)})`));
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await release(response);
      const location = response.headers.get("location");
      if (!location) return refused("http-status", after(`the image host answered HTTP ${response.status} without a Location`));
      if (redirects >= maxRedirects) return refused("redirects", `the image host redirected more than ${maxRedirects} times`);
      current = resolveLocation(location, verdict.url);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await release(response);
      return refused("http-status", after(`the image host answered HTTP ${response.status}`));
    }
    return readImage(response, maxBytes, options.signal, after);
  }
}

async function readImage(response: TransportResponse, maxBytes: number, signal: AbortSignal, after: (message: string) => string): Promise<ImageDownload> {
  const tooLarge = () => refused("too-large", after(`the image is over the ${maxBytes}-byte download limit`));
  if (Number(response.headers.get("content-length") ?? Number.NaN) > maxBytes) {
    await release(response);
    return tooLarge();
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCappedBody(response, maxBytes);
  } catch (error) {
    if (signal.aborted) throw error;
    return refused("connection", after(`the image download broke off (${error instanceof Error ? error.message : String(error)})`));
  }
  if (!bytes) return tooLarge();
  const checked = checkImageBytes(bytes, { maxBytes, declaredType: response.headers.get("content-type") });
  return checked.ok ? checked : refused(checked.reason, after(checked.message));
}

/** A Location header resolved against the link that sent it; unparsable ones are left for the next check to refuse. */
function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

/** Connect errors may wrap the fetcher's refusal (undici and Node keep it as the error or its cause). */
function findHostRefusal(error: unknown): ImageHostRefusedError | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    if (ImageHostRefusedError.isInstance(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
