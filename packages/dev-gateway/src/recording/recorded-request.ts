import type { IncomingHttpHeaders } from "node:http";
import { recordedHeaderValue } from "./credential-fingerprint.js";
import { jsonDepthExceeds } from "../http/json-depth-exceeds.js";
import { parseJsonBody } from "../http/parse-json-body.js";

/** One request as the gateway received it, for tests to assert what a client really sent. */
export interface RecordedRequest {
  method: string;
  /** e.g. `/v1/chat/completions`, without the query string. */
  path: string;
  query: Record<string, string>;
  /**
   * Lower-case names; repeated headers joined with ", ". Credential headers (`authorization`,
   * `proxy-authorization`, `x-api-key`, `api-key`, `cookie`) hold `credentialFingerprint(value)`, never the key.
   */
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined when empty, not JSON, truncated or too deeply nested (see `note`). */
  body: unknown;
  /** The body as text; cut after `maxBodyBytes` with a `…[dev gateway: …]` marker. */
  rawBody: string;
  /** The body's full size in bytes, as received. */
  bodyBytes: number;
  /** Why `body` or `rawBody` is not the whole body, when that is the case. */
  note?: string;
  receivedAt: number;
}

export interface RecordingBodyLimits {
  /** Longer bodies are recorded truncated, with a marker, and without `body`. */
  maxBodyBytes: number;
  /** Deeper JSON is recorded as `rawBody` only: a serialiser (ours, or a Python client's) would overflow its stack. */
  maxJsonDepth: number;
}

function truncate(text: string, maxBytes: number): string {
  // A UTF-8 character is at least one byte, so the first maxBytes characters hold at least maxBytes bytes.
  const head = Buffer.from(text.slice(0, maxBytes), "utf8").subarray(0, maxBytes);
  return new TextDecoder().decode(head).replace(/\uFFFD$/, "");
}

export function recordRequest(
  input: { method: string; path: string; query: Record<string, string>; headers: IncomingHttpHeaders; rawBody: string },
  limits: RecordingBodyLimits,
): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = recordedHeaderValue(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const bodyBytes = Buffer.byteLength(input.rawBody, "utf8");
  const recorded: RecordedRequest = {
    method: input.method,
    path: input.path,
    query: input.query,
    headers,
    body: undefined,
    rawBody: input.rawBody,
    bodyBytes,
    receivedAt: Date.now(),
  };
  if (bodyBytes > limits.maxBodyBytes) {
    recorded.rawBody = `${truncate(input.rawBody, limits.maxBodyBytes)}…[dev gateway: truncated, ${bodyBytes} bytes received]`;
    recorded.note = `body truncated to its first ${limits.maxBodyBytes} of ${bodyBytes} bytes; body not parsed`;
    return recorded;
  }
  const parsed = parseJsonBody(input.rawBody);
  if (!parsed.ok) return recorded;
  if (jsonDepthExceeds(parsed.value, limits.maxJsonDepth)) {
    recorded.note = `JSON nested deeper than ${limits.maxJsonDepth} levels: kept as rawBody only`;
    return recorded;
  }
  recorded.body = parsed.value;
  return recorded;
}
