export interface DownloadOptions {
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Fetches a generated image with a deadline and a size cap, reading the body in chunks so an oversized or
 * endless answer is cut off instead of filling memory. No Authorization header: image links are public
 * CDN URLs, and the key must never travel to a host other than the gateway.
 */
export async function downloadImage(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`not an http(s) URL (${parsed.protocol})`);
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]);
  const response = await fetch(parsed, { signal, redirect: "follow" });
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`the image host answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw new Error(`the image is ${declared} bytes, over the ${options.maxBytes}-byte download limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > options.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`the image is over the ${options.maxBytes}-byte download limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
