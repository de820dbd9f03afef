import { carriedImageBytes, checkImageBytes, type GeneratedImage, type ImageDownload, isDataUrl } from "@crazyrouter/core";
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

/**
 * Gets the bytes of one generated image (base64, data: URL or download) and saves them. A refused or failed
 * download, and bytes that are not an image, are reported, not thrown: the image was generated and paid
 * for, and the user can still open its link. Nothing that is not an image is ever saved or inlined.
 */
export async function storeGeneratedImage(image: GeneratedImage, options: StoreImageOptions): Promise<StoredImage> {
  const carried = carriedImageBytes(image, (text) => Buffer.from(text, "base64"));
  const url = image.url && !isDataUrl(image.url) ? image.url : undefined;
  const stored: StoredImage = { url, path: undefined, mimeType: undefined, data: undefined, revisedPrompt: image.revisedPrompt, error: undefined };
  try {
    // Bytes the answer carried get the same checks as downloads: an image signature, under the cap.
    const result = carried ? checkImageBytes(carried) : url ? await options.download(url) : undefined;
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
