import { Agent, request } from "undici";
import { undiciHeaders } from "../transport/undici-headers.js";
import type { ImageFetcher } from "./image-fetcher.js";
import { createCheckedLookup, type HostResolver } from "./node-checked-lookup.js";

export interface UndiciImageFetcherOptions {
  /** Replaces the system resolver (tests point names at 127.0.0.1 with it). */
  resolve?: HostResolver | undefined;
}

/**
 * The Node image fetcher: undici, one GET per call, no redirects followed, no credentials. Links off the
 * gateway's origin connect through a lookup that refuses names resolving to internal addresses and pins
 * the connection to the addresses it checked; IP literals were already checked by `checkImageUrl`.
 */
export function createUndiciImageFetcher(options: UndiciImageFetcherOptions = {}): ImageFetcher & { close(): Promise<void> } {
  const checked = new Agent({ connect: { lookup: createCheckedLookup(options.resolve) } });
  const gateway = new Agent();
  const fetcher: ImageFetcher = async ({ url, signal, onGatewayOrigin }) => {
    const response = await request(url, {
      method: "GET",
      headers: { accept: "image/png, image/jpeg, image/gif, image/webp, image/*;q=0.8", "accept-encoding": "identity" },
      signal,
      dispatcher: onGatewayOrigin ? gateway : checked,
    });
    return {
      status: response.statusCode,
      headers: undiciHeaders(response.headers),
      body: response.body,
      discard: () =>
        response.body.dump({ limit: 0 }).then(
          () => undefined,
          () => undefined,
        ),
    };
  };
  return Object.assign(fetcher, { close: () => Promise.all([checked.close(), gateway.close()]).then(() => undefined) });
}
