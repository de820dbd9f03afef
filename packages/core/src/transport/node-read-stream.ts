import type { Readable } from "node:stream";

/**
 * A whole Node stream as the Buffers it delivered, from its data events. Reading it with `for await` builds
 * Node's async iterator over the stream (an async generator and its end-of-stream watch): ~3 ms of a one-shot
 * `crazyrouter models`, and no use for a body read at once.
 */
export function readStreamPieces(body: Readable): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const pieces: Buffer[] = [];
    body.on("data", (piece: Buffer) => pieces.push(piece));
    body.once("end", () => resolve(pieces));
    body.once("error", reject);
  });
}

/** A whole Node stream as UTF-8 text, decoded once from the joined bytes (no character split between pieces). */
export async function readStreamText(body: Readable): Promise<string> {
  return Buffer.concat(await readStreamPieces(body)).toString("utf8");
}
