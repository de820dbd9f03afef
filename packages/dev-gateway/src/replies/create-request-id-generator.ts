import { randomBytes } from "node:crypto";

/**
 * Unique `x-request-id` values (`req_` + a random per-gateway prefix + a counter): unique across gateways
 * and restarts, and ordered within one gateway, which makes test failures easier to read.
 */
export function createRequestIdGenerator(): () => string {
  const prefix = randomBytes(6).toString("hex");
  let counter = 0;
  return () => `req_${prefix}${(++counter).toString(16).padStart(6, "0")}`;
}
