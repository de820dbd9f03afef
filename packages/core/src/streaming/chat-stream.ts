import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import type { ChatCompletionChunk } from "../operations/chat-completions.js";
import type { CallScope } from "../client/call-scope.js";
import type { ResultMeta } from "../client/client-options.js";
import { ChatSummaryBuilder, type ChatSummary } from "../client/summarize-chat.js";
import type { TransportResponse } from "../transport/transport.js";
import { ChatChunkReader } from "./chat-chunk-reader.js";

export interface ChatStream extends AsyncIterable<ChatCompletionChunk> {
  readonly meta: ResultMeta;
  /** Reads the rest of the stream and returns the joined answer. */
  collect(): Promise<ChatSummary & { meta: ResultMeta }>;
  /** Stops reading and releases the connection. */
  cancel(): void;
}

/** Wraps a 2xx streaming response: iterate for chunks, or `collect()` for the joined answer. */
export function createChatStream(response: TransportResponse, scope: CallScope, meta: ResultMeta, idleTimeoutMs: number): ChatStream {
  let started = false;
  const release = () => {
    scope.dispose();
    void response.discard?.();
  };
  const explain = (error: unknown): CrazyrouterError => {
    const aborted = scope.abortError();
    if (aborted) return new CrazyrouterError({ ...aborted.toJSON(), attempts: meta.attempts, requestId: meta.requestId });
    if (CrazyrouterError.isInstance(error)) return error;
    return new CrazyrouterError({
      code: "connection",
      message: `The stream broke off: ${error instanceof Error ? error.message : String(error)}`,
      hint: FIX_HINTS.connection,
      requestId: meta.requestId,
      cause: error,
    });
  };
  const iterate = (): AsyncIterator<ChatCompletionChunk> => {
    if (started) throw new Error("a ChatStream can be read only once");
    started = true;
    scope.startIdleWatchdog(idleTimeoutMs);
    return new ChatChunkReader(response, meta, { onBytes: scope.touch, onEnd: release, explain });
  };
  return {
    meta,
    [Symbol.asyncIterator]: iterate,
    async collect() {
      const builder = new ChatSummaryBuilder();
      for await (const chunk of { [Symbol.asyncIterator]: iterate }) builder.add(chunk);
      return { ...builder.build(), meta };
    },
    cancel: release,
  };
}
