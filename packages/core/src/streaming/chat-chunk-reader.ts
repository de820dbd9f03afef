import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { classifyHttpError } from "../errors/classify-http-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import { parseJsonBody } from "../http/parse-json-body.js";
import { readBodyText } from "../http/read-body-text.js";
import { type ChatCompletionChunk, chatCompletionResponseSchema } from "../operations/chat-completions.js";
import type { ResultMeta } from "../client/client-options.js";
import type { TransportResponse } from "../transport/transport.js";
import { createSseEventQueue } from "./sse-event-queue.js";

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

/**
 * Reads chat chunks from a streaming response. A hand-written iterator rather than an async generator:
 * events already received are handed out with one promise each, which matters on streams of thousands.
 */
export class ChatChunkReader implements AsyncIterator<ChatCompletionChunk> {
  private readonly events = createSseEventQueue();
  private readonly body: AsyncIterator<Uint8Array>;
  private pending: readonly string[] = [];
  private position = 0;
  private finished = false;
  private jsonAnswer: boolean;

  constructor(
    private readonly response: TransportResponse,
    private readonly meta: ResultMeta,
    private readonly hooks: {
      onBytes: () => void;
      /** Runs once when the stream ends, fails or is abandoned. */
      onEnd: () => void;
      /** Turns whatever broke the stream into the error the caller sees. */
      explain: (error: unknown) => CrazyrouterError;
    },
  ) {
    this.body = response.body[Symbol.asyncIterator]();
    this.jsonAnswer = (response.headers.get("content-type") ?? "").includes("application/json");
  }

  // One async function per chunk, no nested awaits: events already received cost a single promise.
  async next(): Promise<IteratorResult<ChatCompletionChunk>> {
    if (this.finished) return { done: true, value: undefined };
    try {
      if (this.jsonAnswer) return this.endWith(await this.readJsonAnswer());
      while (this.position >= this.pending.length) {
        const read = await this.body.next();
        if (read.done) {
          throw new CrazyrouterError({
            code: "connection",
            message: "The stream ended without [DONE]: the answer may be cut off.",
            hint: "Retry the request; if it keeps happening, a proxy between you and the gateway is closing long responses. Use a shorter answer or the other region.",
            requestId: this.meta.requestId,
          });
        }
        this.hooks.onBytes();
        this.pending = this.events.feed(read.value);
        this.position = 0;
      }
      const data = this.pending[this.position++] as string;
      if (data === DONE) return this.endWith({ done: true, value: undefined });
      return { done: false, value: this.parseChunk(data) };
    } catch (error) {
      this.end();
      throw this.hooks.explain(error);
    }
  }

  async return(): Promise<IteratorResult<ChatCompletionChunk>> {
    this.end();
    await this.body.return?.().catch(() => undefined);
    return { done: true, value: undefined };
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.hooks.onEnd();
  }

  private endWith(result: IteratorResult<ChatCompletionChunk>): IteratorResult<ChatCompletionChunk> {
    this.end();
    return result;
  }

  private parseChunk(data: string): ChatCompletionChunk {
    const parsed = parseJsonBody(data, this.meta.requestId, this.meta.status);
    if (typeof parsed === "object" && parsed !== null && "error" in parsed && (parsed as { error: unknown }).error) throw midStreamError(data, this.meta);
    if (!isChunk(parsed)) {
      throw new CrazyrouterError({ code: "invalid_response", message: "A stream event is not a chat chunk.", hint: FIX_HINTS.invalid_response, requestId: this.meta.requestId });
    }
    if (!parsed.choices) parsed.choices = [];
    return parsed;
  }

  // A gateway route that ignored stream:true answers one JSON completion; it is presented as a single chunk.
  private async readJsonAnswer(): Promise<IteratorResult<ChatCompletionChunk>> {
    const completion = chatCompletionResponseSchema.parse(parseJsonBody(await readBodyText(this.response), this.meta.requestId, this.meta.status));
    const chunk: ChatCompletionChunk = {
      id: completion.id,
      model: completion.model,
      choices: completion.choices.map((choice, index) => ({ index, delta: choice.message, finish_reason: choice.finish_reason })),
      usage: completion.usage,
    };
    return { done: false, value: chunk };
  }
}
