import type { TransportResponse } from "../transport/transport.js";

/**
 * The whole body, or undefined as soon as it grows past `maxBytes`: reading stops there and the connection is
 * released (leaving the loop ends the stream), so an endless or oversized answer never fills memory.
 */
export async function readCappedBody(response: TransportResponse, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
