import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { classifyErrorEnvelope } from "../errors/classify-http-error.js";
import { FIX_HINTS, SITUATION_HINTS } from "../errors/fix-hints.js";
import { parseJsonBody } from "../http/parse-json-body.js";
import { parseOperationResponse } from "../http/parse-operation-response.js";
import { readChunks } from "../http/read-body-text.js";
import { type ChatCompletionChunk, type ChatCompletionResponse, chatCompletionsOperation } from "../operations/chat-completions.js";
import type { ResultMeta } from "../results/result-meta.js";
import type { TransportResponse } from "../transport/transport.js";
import { EventTemplate } from "./event-template.js";
import { SseDataSplitter } from "./sse-data-splitter.js";

const DONE = "[DONE]";
const STREAMING = { stream: true } as const;

/** How the gateway answered a stream request: server-sent events, or one JSON completion (a route that ignored `stream: true`). */
export type StreamFormat = "sse" | "json";

// Chunks are checked by hand, not by zod: a stream has thousands of them and only a few fields are read.
function isChunk(value: unknown): value is ChatCompletionChunk {
  if (typeof value !== "object" || value === null) return false;
  const choices = (value as { choices?: unknown }).choices;
  return choices === undefined || choices === null || Array.isArray(choices);
}

/**
 * "json" when the first visible byte opens a JSON value, "sse" for anything else, undefined for whitespace
 * only. No SSE field line starts with `{` or `[`, so a mislabelled JSON body is recognised by its first byte.
 */
function sniffFormat(bytes: Uint8Array): StreamFormat | undefined {
  for (const byte of bytes) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b || byte === 0x5b ? "json" : "sse";
  }
  return undefined;
}

/** A whole completion as the single chunk a stream of it would have added up to. */
function completionAsChunk(completion: ChatCompletionResponse): ChatCompletionChunk {
  return {
    id: completion.id,
    model: completion.model,
    choices: completion.choices.map((choice, index) => ({
      index: choice.index ?? index,
      delta: {
        ...choice.message,
        // Streamed tool calls are joined by index; whole ones have none, so give each its position.
        tool_calls: choice.message.tool_calls?.map((call, callIndex) => ({ ...call, index: callIndex })),
      },
      finish_reason: choice.finish_reason,
    })),
    usage: completion.usage,
  };
}

/**
 * Reads chat chunks from a streaming response. A hand-written iterator rather than an async generator:
 * events already received are handed out with one promise each, which matters on streams of thousands.
 */
export class ChatChunkReader implements AsyncIterator<ChatCompletionChunk> {
  private readonly events = new SseDataSplitter();
  /** Reads the chunks that differ from the one before only in their text without JSON.parse. */
  private readonly template = new EventTemplate();
  private readonly decoder = new TextDecoder();
  private readonly body: AsyncIterator<Uint8Array>;
  private finished = false;
  /** Whether a chunk carrying a choice was handed out: a stream without one is no answer at all. */
  private answered = false;
  /** Known from the content type, or from the first bytes once they arrive. */
  format: StreamFormat | undefined;

  constructor(
    response: TransportResponse,
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
    if ((response.headers.get("content-type") ?? "").includes("application/json")) this.format = "json";
  }

  // One async function per chunk, no nested awaits: events already received cost a single promise. Events are
  // split off the received text one at a time, so a read of hundreds of events builds no list of them.
  async next(): Promise<IteratorResult<ChatCompletionChunk>> {
    if (this.finished) return { done: true, value: undefined };
    try {
      let data = this.events.next();
      while (data === undefined) {
        const read = await this.body.next();
        if (read.done) throw this.endedWithoutDone();
        this.hooks.onBytes();
        this.format ??= sniffFormat(read.value);
        if (this.format === "json") return this.endWith(await this.readJsonAnswer(read.value));
        this.events.push(this.decoder.decode(read.value, STREAMING));
        data = this.events.next();
      }
      if (data === DONE) {
        if (!this.answered) throw this.emptyStream();
        return this.endWith({ done: true, value: undefined });
      }
      const chunk = this.parseChunk(data);
      if (chunk.choices.length > 0) this.answered = true;
      return { done: false, value: chunk };
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

  private endedWithoutDone(): CrazyrouterError {
    return new CrazyrouterError({
      code: "connection",
      message: this.answered ? "The stream ended without [DONE]: the answer may be cut off." : "The stream ended before any answer arrived (no [DONE]).",
      hint: "Retry the request; if it keeps happening, a proxy between you and the gateway is closing long responses. Use a shorter answer or the other region.",
      requestId: this.meta.requestId,
    });
  }

  private emptyStream(): CrazyrouterError {
    return new CrazyrouterError({
      code: "server",
      message: "The stream ended without any answer: the gateway sent [DONE] but no chunk with a reply.",
      hint: SITUATION_HINTS.emptyStream,
      requestId: this.meta.requestId,
    });
  }

  private parseChunk(data: string): ChatCompletionChunk {
    let parsed = this.template.parse(data);
    if (parsed === undefined) {
      parsed = parseJsonBody(data, this.meta.requestId, this.meta.status);
      this.template.learn(data, parsed);
    }
    if (typeof parsed === "object" && parsed !== null && "error" in parsed && parsed.error) {
      throw classifyErrorEnvelope({ bodyText: data, status: this.meta.status, requestId: this.meta.requestId, where: "stream" });
    }
    if (!isChunk(parsed)) {
      throw new CrazyrouterError({
        code: "invalid_response",
        message: "A stream event is not a chat chunk.",
        hint: FIX_HINTS.invalid_response,
        requestId: this.meta.requestId,
      });
    }
    if (!parsed.choices) parsed.choices = [];
    return parsed;
  }

  /**
   * A route that ignored stream:true answered one JSON completion: the answer is complete and paid for, so it
   * is handed out as a single chunk rather than refused. The rest of the body is read from the same iterator
   * whose first bytes told the format (the body can be read only once).
   */
  private async readJsonAnswer(first: Uint8Array): Promise<IteratorResult<ChatCompletionChunk>> {
    const body = await readChunks(this.body, first);
    const completion = parseOperationResponse<ChatCompletionResponse>(chatCompletionsOperation, body, this.meta);
    this.answered = true;
    return { done: false, value: completionAsChunk(completion) };
  }
}
