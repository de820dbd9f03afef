import type { IncomingHttpHeaders } from "node:http";
import { parseJsonBody } from "./parse-json-body.js";

/** One request as the gateway received it, for tests to assert what a client really sent. */
export interface RecordedRequest {
  method: string;
  /** e.g. `/v1/chat/completions`, without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined when empty or not JSON. */
  body: unknown;
  rawBody: string;
  receivedAt: number;
}

export function recordRequest(input: {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
}): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  const parsed = parseJsonBody(input.rawBody);
  return {
    method: input.method,
    path: input.path,
    query: input.query,
    headers,
    body: parsed.ok ? parsed.value : undefined,
    rawBody: input.rawBody,
    receivedAt: Date.now(),
  };
}
