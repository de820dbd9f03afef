import type { GeneratedImage } from "@crazyrouter/core";
import { decodeDataUrl } from "./decode-data-url.js";
import { downloadImage } from "./download-image.js";
import { saveImage } from "./save-image.js";
import { sniffImageType } from "./sniff-image-type.js";

export interface StoredImage {
  /** The gateway's http(s) link, when it answered one. */
  url: string | undefined;
  path: string | undefined;
  mimeType: string | undefined;
  data: Uint8Array | undefined;
  revisedPrompt: string | undefined;
  /** Why the image could not be fetched or saved; the URL (if any) still works. */
  error: string | undefined;
}

export interface StoreImageOptions {
  directory: string;
  prompt: string;
  index: number;
  signal: AbortSignal;
  downloadTimeoutMs: number;
  downloadMaxBytes: number;
}

/**
 * Gets the bytes of one generated image (base64, data: URL or download) and saves them. A failed download
 * or save is reported, not thrown: the image was generated and paid for, and its link is still useful.
 */
export async function storeGeneratedImage(image: GeneratedImage, options: StoreImageOptions): Promise<StoredImage> {
  const inlineBytes = image.b64Json ? Buffer.from(image.b64Json, "base64") : image.url ? decodeDataUrl(image.url) : undefined;
  const url = image.url && !image.url.startsWith("data:") ? image.url : undefined;
  const stored: StoredImage = { url, path: undefined, mimeType: undefined, data: undefined, revisedPrompt: image.revisedPrompt, error: undefined };
  try {
    const data = inlineBytes ?? (url ? await downloadImage(url, { signal: options.signal, timeoutMs: options.downloadTimeoutMs, maxBytes: options.downloadMaxBytes }) : undefined);
    if (!data) throw new Error("the gateway answered neither a URL nor image data");
    const type = sniffImageType(data) ?? { mimeType: "image/png", extension: "png" };
    stored.data = data;
    stored.mimeType = type.mimeType;
    stored.path = await saveImage(options.directory, data, { prompt: options.prompt, index: options.index, extension: type.extension });
  } catch (error) {
    // A cancelled call ends here too; rethrow so the whole tool call reports the cancellation.
    if (options.signal.aborted) throw error;
    stored.error = error instanceof Error ? error.message : String(error);
  }
  return stored;
}
