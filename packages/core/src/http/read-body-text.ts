import type { TransportResponse } from "../transport/transport.js";

/** Reads a whole body as UTF-8, through the transport's fast path when it has one. */
export async function readBodyText(response: TransportResponse): Promise<string> {
  if (response.text) return response.text();
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of response.body) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
