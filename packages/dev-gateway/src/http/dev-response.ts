/**
 * What a route decides to answer, kept apart from how it is written, so fault modes (stall, no-done,
 * stream-error) can cut any answer short in one place.
 */
export type DevResponse =
  | { kind: "body"; status: number; headers: Record<string, string>; body: string | Buffer }
  | {
      kind: "sse";
      headers: Record<string, string>;
      /** Complete SSE events (`data: ...\n\n`); the first is the role chunk, the last `data: [DONE]`. */
      events: string[];
    }
  /** Destroy the socket without answering. */
  | { kind: "reset" }
  /** The client left (or the gateway closed) while waiting: nothing to write. */
  | { kind: "gone" };

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): DevResponse {
  return { kind: "body", status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}
