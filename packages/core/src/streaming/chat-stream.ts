import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { classifyHttpError } from "../errors/classify-http-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import { parseJsonBody } from "../http/parse-json-body.js";
import { readBodyText } from "../http/read-body-text.js";
import { type ChatCompletionChunk, chatCompletionResponseSchema } from "../operations/chat-completions.js";
import type { CallScope } from "../client/call-scope.js";
import type { ResultMeta } from "../client/client-options.js";
import { ChatSummaryBuilder, type ChatSummary } from "../client/summarize-chat.js";
import type { TransportResponse } from "../transport/transport.js";
import { readSseData } from "./read-sse-data.js";

export interface ChatStream extends AsyncIterable<ChatCompletionChunk> {
  readonly meta: ResultMeta;
  /** Reads the rest of the stream and returns the joined answer. */
  collect(): Promise<ChatSummary & { meta: ResultMeta }>;
  /** Stops reading and releases the connection. */
  cancel(): void;
}

const DONE = "[DONE]";

// Chunks are checked by hand, not by zod: a stream has thousands of them and only a few fields are read.
function isChunk(value: unknown): value is ChatCompletionChunk {
  if (typeof value !== "object" || value === null) return false;
  const choices = (value as { choices?: unknown }).choices;
  return choices === undefined || choices === null || Array.isArray(choices);
}

function midStreamError(data: string, meta: ResultMeta): CrazyrouterError {
  const classified = classifyHttpError({ status: 500, bodyText: data, requestId: meta.requestId });
  return new CrazyrouterError({
    ...classified.toJSON(),
    message: classified.message.replace(/^Gateway answered 500/, "The gateway reported an error mid-stream"),
    status: undefined,
    // Never retried: part of the answer was already delivered.
    retryable: false,
  });
}

async function* readChunks(response: TransportResponse, scope: CallScope, meta: ResultMeta): AsyncGenerator<ChatCompletionChunk> {
  const contentType = response.headers.get("content-type") ?? "";
  if (contentType.includes("application/json")) {
    // A gateway route that ignored stream:true answers one JSON completion; present it as a single chunk.
    const completion = chatCompletionResponseSchema.parse(parseJsonBody(await readBodyText(response), meta.requestId, meta.status));
    yield {
      id: completion.id,
      model: completion.model,
      choices: completion.choices.map((choice, index) => ({ index, delta: choice.message, finish_reason: choice.finish_reason })),
      usage: completion.usage,
    };
    return;
  }
  for await (const data of readSseData(response.body, scope.touch)) {
    if (data === DONE) return;
    const parsed = parseJsonBody(data, meta.requestId, meta.status);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed && (parsed as { error: unknown }).error) throw midStreamError(data, meta);
    if (!isChunk(parsed)) throw new CrazyrouterError({ code: "invalid_response", message: "A stream event is not a chat chunk.", hint: FIX_HINTS.invalid_response, requestId: meta.requestId });
    if (!parsed.choices) parsed.choices = [];
    yield parsed;
  }
  throw new CrazyrouterError({
    code: "connection",
    message: "The stream ended without [DONE]: the answer may be cut off.",
    hint: "Retry the request; if it keeps happening, a proxy between you and the gateway is closing long responses. Use a shorter answer or the other region.",
    requestId: meta.requestId,
  });
}

/** Wraps a 2xx streaming response: iterate for chunks, or `collect()` for the joined answer. */
export function createChatStream(response: TransportResponse, scope: CallScope, meta: ResultMeta, idleTimeoutMs: number): ChatStream {
  let started = false;
  const release = () => {
    scope.dispose();
    void response.discard?.();
  };
  async function* iterate(): AsyncGenerator<ChatCompletionChunk> {
    if (started) throw new Error("a ChatStream can be read only once");
    started = true;
    scope.startIdleWatchdog(idleTimeoutMs);
    try {
      yield* readChunks(response, scope, meta);
    } catch (error) {
      const aborted = scope.abortError();
      if (aborted) {
        aborted.attempts = meta.attempts;
        throw Object.assign(aborted, { requestId: meta.requestId });
      }
      if (CrazyrouterError.isInstance(error)) throw error;
      throw new CrazyrouterError({
        code: "connection",
        message: `The stream broke off: ${error instanceof Error ? error.message : String(error)}`,
        hint: FIX_HINTS.connection,
        requestId: meta.requestId,
        cause: error,
      });
    } finally {
      release();
    }
  }
  return {
    meta,
    [Symbol.asyncIterator]: iterate,
    async collect() {
      const builder = new ChatSummaryBuilder();
      for await (const chunk of iterate()) builder.add(chunk);
      return { ...builder.build(), meta };
    },
    cancel: release,
  };
}
