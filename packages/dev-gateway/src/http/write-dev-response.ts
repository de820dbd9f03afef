import { once } from "node:events";
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { abortableDelay } from "../faults/abortable-delay.js";
import type { DevResponse } from "./dev-response.js";

/**
 * Fault modes that let a normal answer start and then cut it short (stall, no-done, stream-error, body-cut),
 * or change the form it is written in (empty-stream, gzip).
 */
export interface CutShort {
  mode: "stall" | "no-done" | "stream-error" | "body-cut" | "empty-stream" | "gzip";
  delayMs: number;
  /** For stream-error: the error event to send instead of the default one. */
  errorEvent?: string;
}

export const STREAM_ERROR_EVENT = 'data: {"error":{"message":"upstream failed mid-stream","type":"server_error","code":"upstream_error"}}\n\n';

/** Writes `bytes`, waits until they reached the socket, then destroys it: the client sees a cut, not an end. */
async function writeThenCut(response: ServerResponse, bytes: string | Buffer): Promise<void> {
  await new Promise<void>((resolve) => response.write(bytes, () => resolve()));
  response.socket?.destroy();
}
/** SSE events are joined into writes of about this size: few syscalls even for 100 000 chunks. */
const WRITE_BATCH_BYTES = 64 * 1024;

async function writeBatched(response: ServerResponse, events: readonly string[], signal: AbortSignal): Promise<void> {
  let batch = "";
  for (const event of events) {
    batch += event;
    if (batch.length < WRITE_BATCH_BYTES) continue;
    if (!response.write(batch)) await drained(response, signal);
    batch = "";
    if (signal.aborted) return;
  }
  if (batch) response.write(batch);
}

async function drained(response: ServerResponse, signal: AbortSignal): Promise<void> {
  try {
    await once(response, "drain", { signal });
  } catch {
    // Aborted: the caller checks the signal.
  }
}

/** Writes a route's answer, applying a cut-short fault when one is active. */
export async function writeDevResponse(response: ServerResponse, answer: DevResponse, options: { signal: AbortSignal; cut?: CutShort }): Promise<void> {
  const { signal, cut } = options;
  if (answer.kind === "gone" || response.destroyed) return;
  if (answer.kind === "reset") {
    response.socket?.destroy();
    return;
  }
  if (answer.kind === "body") {
    const body = typeof answer.body === "string" ? Buffer.from(answer.body) : answer.body;
    if (cut?.mode === "body-cut") {
      // The full length is announced, half is sent: the client's read fails mid-body.
      response.writeHead(answer.status, { ...answer.headers, "content-length": String(body.length) });
      await writeThenCut(response, body.subarray(0, Math.floor(body.length / 2)));
      return;
    }
    if (cut?.mode === "gzip") {
      // Compressed whether or not the request offered accept-encoding, as some proxies do.
      const compressed = gzipSync(body);
      response.writeHead(answer.status, { ...answer.headers, "content-encoding": "gzip", "content-length": String(compressed.length) });
      response.end(compressed);
      return;
    }
    if (cut?.mode === "stall") {
      // Headers and half the body, then silence: the client has a response but never a complete one.
      response.writeHead(answer.status, answer.headers);
      response.write(body.subarray(0, Math.floor(body.length / 2)));
      await abortableDelay(cut.delayMs, signal);
      response.end();
      return;
    }
    response.writeHead(answer.status, { ...answer.headers, "content-length": String(body.length) });
    response.end(body);
    return;
  }
  const { events } = answer;
  const sseHeaders = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", ...answer.headers };
  if (cut?.mode === "gzip") {
    const compressed = gzipSync(events.join(""));
    response.writeHead(200, { ...sseHeaders, "content-encoding": "gzip", "content-length": String(compressed.length) });
    response.end(compressed);
    return;
  }
  response.writeHead(200, sseHeaders);
  if (cut?.mode === "empty-stream") {
    response.end("data: [DONE]\n\n");
    return;
  }
  if (cut?.mode === "body-cut") {
    await writeThenCut(response, events.slice(0, 2).join(""));
    return;
  }
  if (cut?.mode === "stall") {
    response.write(events.slice(0, 2).join(""));
    await abortableDelay(cut.delayMs, signal);
    response.end();
    return;
  }
  if (cut?.mode === "stream-error") {
    response.end(events.slice(0, 2).join("") + (cut.errorEvent ?? STREAM_ERROR_EVENT));
    return;
  }
  await writeBatched(response, cut?.mode === "no-done" ? events.slice(0, -1) : events, signal);
  response.end();
}
