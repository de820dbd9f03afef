import { type GeneratedImage, type ImageDownload, IMAGE_DOWNLOAD_MAX_BYTES, sniffImageType } from "@crazyrouter/core";
import { decodeDataUrl } from "./decode-data-url.js";
import { saveImage } from "./save-image.js";

export interface StoredImage {
  /** The gateway's http(s) link, when it answered one. */
  url: string | undefined;
  path: string | undefined;
  mimeType: string | undefined;
  data: Uint8Array | undefined;
  revisedPrompt: string | undefined;
  /** Why the image was not downloaded or saved; the link (if any) may still open in a browser. */
  error: string | undefined;
}

export interface StoreImageOptions {
  directory: string;
  prompt: string;
  index: number;
  signal: AbortSignal;
  /** Downloads a link under core's image-download rules (public hosts or the gateway's origin only). */
  download: (url: string) => Promise<ImageDownload>;
}

/** The bytes the answer carried (base64 or a data: URL), checked like downloads: an image signature, under the cap. */
function checkCarriedBytes(bytes: Uint8Array): ImageDownload {
  if (bytes.byteLength > IMAGE_DOWNLOAD_MAX_BYTES) return { ok: false, reason: "too-large", message: `the image data is over the ${IMAGE_DOWNLOAD_MAX_BYTES}-byte limit` };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, reason: "not-image", message: "the image data in the answer is not a PNG, JPEG, GIF or WebP image" };
  return { ok: true, bytes, type };
}

/**
 * Gets the bytes of one generated image (base64, data: URL or download) and saves them. A refused or failed
 * download, and bytes that are not an image, are reported, not thrown: the image was generated and paid
 * for, and the user can still open its link. Nothing that is not an image is ever saved or inlined.
 */
export async function storeGeneratedImage(image: GeneratedImage, options: StoreImageOptions): Promise<StoredImage> {
  const carried = image.b64Json ? Buffer.from(image.b64Json, "base64") : image.url ? decodeDataUrl(image.url) : undefined;
  const url = image.url && !image.url.startsWith("data:") ? image.url : undefined;
  const stored: StoredImage = { url, path: undefined, mimeType: undefined, data: undefined, revisedPrompt: image.revisedPrompt, error: undefined };
  try {
    const result = carried ? checkCarriedBytes(carried) : url ? await options.download(url) : undefined;
    if (!result) throw new Error("the gateway answered neither a URL nor image data");
    if (!result.ok) {
      stored.error = result.message;
      return stored;
    }
    stored.data = result.bytes;
    stored.mimeType = result.type.mimeType;
    stored.path = await saveImage(options.directory, result.bytes, { prompt: options.prompt, index: options.index, extension: result.type.extension });
  } catch (error) {
    // A cancelled call ends here too; rethrow so the whole tool call reports the cancellation.
    if (options.signal.aborted) throw error;
    stored.error = error instanceof Error ? error.message : String(error);
  }
  return stored;
}
