import type { IncomingMessage } from "node:http";

/** The SDK's own bound on a request body (4 MiB): one JSON-RPC request never needs more. */
export const MAX_REQUEST_BODY_BYTES = 4 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; code: number; message: string };

/**
 * Reads and parses a request's JSON body, refusing it past `maxBytes` (declared or streamed), so the server
 * can look at the messages before the MCP transport runs any of them.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes = MAX_REQUEST_BODY_BYTES): Promise<JsonBody> {
  const tooLarge = { ok: false, status: 413, code: -32000, message: `Payload Too Large: a request body may hold at most ${maxBytes} bytes.` } as const;
  if (Number(request.headers["content-length"] ?? 0) > maxBytes) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge;
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks, size).toString("utf8")) };
  } catch {
    return { ok: false, status: 400, code: -32700, message: "Parse error: the request body is not JSON." };
  }
}
