import { describeCause } from "../errors/describe-cause.js";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { SITUATION_HINTS } from "../errors/fix-hints.js";
import type { TransportResponse } from "../transport/transport.js";
import { BodyPieces } from "./body-pieces.js";

/**
 * Reads a whole body as UTF-8, through the transport's fast path when it has one. A connection cut while
 * reading is a retryable `connection` error, not the raw "terminated" or "read ECONNRESET" of the runtime:
 * nothing of the answer has reached the caller yet, so the retry loop may try again.
 */
export async function readBodyText(response: TransportResponse, requestId?: string): Promise<string> {
  return readWhole(() => (response.text ? response.text() : readChunks(response.body)), requestId);
}

/** Reads a whole body as its pieces through the transport's `pieces`, with the same errors as `readBodyText`. */
export async function readBodyPieces(response: Required<Pick<TransportResponse, "pieces">>, requestId?: string): Promise<BodyPieces> {
  return new BodyPieces(await readWhole(() => response.pieces(), requestId));
}

async function readWhole<T>(read: () => Promise<T>, requestId: string | undefined): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw new CrazyrouterError({
      code: "connection",
      message: `The connection broke while the answer was arriving: ${describeCause(cause)}`,
      hint: SITUATION_HINTS.cutAnswer,
      requestId,
      retryable: true,
      cause,
    });
  }
}

/** Joins body chunks (after `first`, when some were already read) into UTF-8 text, keeping characters split across chunks intact. */
export async function readChunks(chunks: AsyncIterable<Uint8Array> | AsyncIterator<Uint8Array>, first?: Uint8Array): Promise<string> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks;
  const decoder = new TextDecoder();
  let text = first ? decoder.decode(first, { stream: true }) : "";
  for (let read = await iterator.next(); !read.done; read = await iterator.next()) text += decoder.decode(read.value, { stream: true });
  return text + decoder.decode();
}
