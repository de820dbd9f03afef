import type { TransportResponse } from "../transport/transport.js";

export interface ImageFetchRequest {
  url: string;
  signal: AbortSignal;
  /**
   * The link is on the configured gateway's own origin: connect to it like the gateway client does. Every
   * other link must go to a host whose resolved addresses are all public, and to exactly those addresses.
   */
  onGatewayOrigin: boolean;
}

/**
 * Fetches one image link: exactly one GET, never following redirects (the caller re-checks every hop), never
 * sending the API key or cookies. When a host name resolves to an internal address the fetcher throws
 * `ImageHostRefusedError` before connecting. Node: `createUndiciImageFetcher` (`@crazyrouter/core/node`).
 */
export type ImageFetcher = (request: ImageFetchRequest) => Promise<TransportResponse>;
