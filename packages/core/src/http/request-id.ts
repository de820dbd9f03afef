import type { TransportResponse } from "../transport/transport.js";

/** The gateway and the proxies in front of it name the request id differently; the first present wins. */
export const REQUEST_ID_HEADERS: readonly string[] = ["x-request-id", "x-oneapi-request-id", "request-id", "x-amzn-requestid", "cf-ray"];

export function readRequestId(headers: TransportResponse["headers"]): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
