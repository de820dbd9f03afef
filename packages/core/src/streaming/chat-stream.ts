import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { SITUATION_HINTS } from "../errors/fix-hints.js";
import type { ChatCompletionChunk } from "../operations/chat-completions.js";
import { describeCause } from "../errors/describe-cause.js";
import type { ResultMeta } from "../results/result-meta.js";
import { ChatSummaryBuilder, type ChatSummary } from "../results/summarize-chat.js";
import type { RequestWarning } from "../requests/request-warning.js";
import type { TransportResponse } from "../transport/transport.js";
import { ChatChunkReader, type StreamFormat } from "./chat-chunk-reader.js";

export interface ChatStream extends AsyncIterable<ChatCompletionChunk> {
  readonly meta: ResultMeta;
  /** Fields left out of the request because the model refuses them. */
  readonly warnings: readonly RequestWarning[];
  /**
   * How the gateway answered, known once reading began: `sse` (a real stream) or `json` (a route that ignored
   * `stream: true` and sent one completion, handed out as a single chunk).
   */
  readonly format: StreamFormat | undefined;
  /** Reads the rest of the stream and returns the joined answer. */
  collect(): Promise<ChatSummary & { meta: ResultMeta }>;
  /** Stops reading and releases the connection. */
  cancel(): void;
}

/**
 * What a stream needs from the call it belongs to (the client's CallScope): the idle watchdog, the reason the
 * call was aborted, and the release of its timers. Declared here so streaming depends on no client module.
 */
export interface StreamScope {
  /** Restarts the idle watchdog: called on every received chunk. */
  touch(): void;
  startIdleWatchdog(idleMs: number): void;
  abortError(): CrazyrouterError | undefined;
  dispose(): void;
}

export interface ChatStreamOptions {
  idleTimeoutMs: number;
  /** The client's last word on every error the stream raises (it removes the key). */
  surface: (error: CrazyrouterError) => CrazyrouterError;
  warnings: readonly RequestWarning[];
}

/** Wraps a 2xx streaming response: iterate for chunks, or `collect()` for the joined answer. */
export function createChatStream(response: TransportResponse, scope: StreamScope, meta: ResultMeta, options: ChatStreamOptions): ChatStream {
  return new ResponseChatStream(response, scope, meta, options);
}

/**
 * A class rather than an object literal with a getter: V8 gives each literal with an accessor its own hidden
 * class, kept in old space, and through it every stream's closures (response, reader, received text) survived
 * young-generation collections and were promoted: peak RSS 1.5x raw undici on long streams, 1x after.
 */
class ResponseChatStream implements ChatStream {
  readonly warnings: readonly RequestWarning[];
  private reader: ChatChunkReader | undefined;

  constructor(
    private readonly response: TransportResponse,
    private readonly scope: StreamScope,
    readonly meta: ResultMeta,
    private readonly options: ChatStreamOptions,
  ) {
    this.warnings = options.warnings;
  }

  get format(): StreamFormat | undefined {
    return this.reader?.format;
  }

  [Symbol.asyncIterator](): AsyncIterator<ChatCompletionChunk> {
    if (this.reader) throw new Error("a ChatStream can be read only once");
    this.scope.startIdleWatchdog(this.options.idleTimeoutMs);
    this.reader = new ChatChunkReader(this.response, this.meta, {
      onBytes: () => this.scope.touch(),
      onEnd: this.cancel,
      explain: (error) => this.explain(error),
    });
    return this.reader;
  }

  async collect(): Promise<ChatSummary & { meta: ResultMeta }> {
    const builder = new ChatSummaryBuilder();
    for await (const chunk of this) builder.add(chunk);
    return { ...builder.build(), meta: this.meta };
  }

  /** An arrow property: callers may pass `stream.cancel` on its own, as they could before. */
  readonly cancel = (): void => {
    this.scope.dispose();
    void this.response.discard?.();
  };

  private explain(error: unknown): CrazyrouterError {
    const { meta, options } = this;
    const aborted = this.scope.abortError();
    if (aborted) return options.surface(new CrazyrouterError({ ...aborted.toJSON(), attempts: meta.attempts, requestId: meta.requestId }));
    if (CrazyrouterError.isInstance(error)) return options.surface(error);
    return options.surface(
      new CrazyrouterError({
        code: "connection",
        message: `The stream broke off: ${describeCause(error)}`,
        hint: SITUATION_HINTS.cutAnswer,
        requestId: meta.requestId,
        cause: error,
      }),
    );
  }
}
