import { Buffer } from "node:buffer";
import type { IncomingHttpHeaders } from "node:http";
import type { Dispatcher } from "undici";

/** Unread bytes held before undici is asked to stop reading the socket (a stream read slower than it arrives). */
const HIGH_WATER_BYTES = 64 * 1024;

/** How much of an unread rest `discard` reads so the connection can serve the next request; more is cut. */
const DRAIN_LIMIT_BYTES = 128 * 1024;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

export interface ResponseStart {
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * One request's answer straight from undici's dispatcher: the status and headers resolve `started`, body chunks
 * queue here until read. `undici.request` wraps every answer in a Node Readable (an async resource, stream
 * state, events): measured on loopback, that cost a chat call a quarter of its client CPU, which this queue
 * does not. It keeps what the Readable gave us: backpressure (undici pauses the socket past a high-water mark),
 * abort by signal at any point, and a bounded drain so the connection can be reused.
 */
export class UndiciResponseHandler implements Dispatcher.DispatchHandler, AsyncIterableIterator<Uint8Array> {
  readonly started: Promise<ResponseStart>;
  private resolveStart!: (start: ResponseStart) => void;
  private rejectStart!: (error: unknown) => void;
  private controller: Dispatcher.DispatchController | undefined;
  private readonly chunks: Uint8Array[] = [];
  private queuedBytes = 0;
  private ended = false;
  private failure: { error: unknown } | undefined;
  /** A `next()` waiting for the next chunk, the end or a failure. */
  private waiting: { resolve: (read: IteratorResult<Uint8Array>) => void; reject: (error: unknown) => void } | undefined;
  /** Set by `discard`: bytes not read by the caller that may still arrive before the connection is cut. */
  private drainBudget: number | undefined;
  private drained: (() => void) | undefined;

  constructor(private readonly signal: AbortSignal) {
    this.started = new Promise((resolve, reject) => {
      this.resolveStart = resolve;
      this.rejectStart = reject;
    });
    if (signal.aborted) this.abort();
    else signal.addEventListener("abort", this.abort, { once: true });
  }

  // --- undici's side ---

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.failure) controller.abort(this.failure.error as Error);
  }

  onResponseStart(_controller: Dispatcher.DispatchController, status: number, headers: IncomingHttpHeaders): void {
    // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
    if (status >= 200) this.resolveStart({ status, headers });
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Uint8Array): void {
    if (this.drainBudget !== undefined) {
      this.drainBudget -= chunk.byteLength;
      if (this.drainBudget < 0) controller.abort(new Error("the unread rest of the answer was longer than the drain limit"));
      return;
    }
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value: chunk });
      return;
    }
    this.chunks.push(chunk);
    this.queuedBytes += chunk.byteLength;
    if (this.queuedBytes >= HIGH_WATER_BYTES) controller.pause();
  }

  onResponseEnd(): void {
    this.ended = true;
    this.settle();
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.failure = { error };
    this.rejectStart(error);
    this.settle();
  }

  // --- the reader's side ---

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    // An abort or a cut connection ends reading at once, as a destroyed stream does: queued bytes are dropped.
    if (this.failure) return Promise.reject(this.failure.error);
    const chunk = this.chunks.shift();
    if (chunk) {
      this.queuedBytes -= chunk.byteLength;
      if (this.queuedBytes < HIGH_WATER_BYTES) this.controller?.resume();
      return Promise.resolve({ done: false, value: chunk });
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  /** The reader stopped early (`break` in a `for await`): like a destroyed Readable, the request is cut, unless it is being drained. */
  return(): Promise<IteratorResult<Uint8Array>> {
    if (!this.ended && !this.failure && this.drainBudget === undefined) this.controller?.abort(new Error("the answer's reader stopped"));
    return Promise.resolve(DONE);
  }

  /** The whole body as UTF-8, for answers read at once. */
  async text(): Promise<string> {
    const parts = await this.pieces();
    const only = parts.length === 1 ? parts[0] : undefined;
    return only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength).toString("utf8") : Buffer.concat(parts).toString("utf8");
  }

  /** The whole body as the Buffers undici delivered, for answers read at once. */
  async pieces(): Promise<Buffer[]> {
    const parts: Buffer[] = [];
    for (let read = await this.next(); !read.done; read = await this.next()) parts.push(read.value as Buffer);
    return parts;
  }

  /** Releases the connection: the unread rest is read and dropped up to the drain limit, a longer rest cuts it. */
  discard(): Promise<void> {
    if (this.ended || this.failure) return Promise.resolve();
    this.drainBudget = DRAIN_LIMIT_BYTES - this.queuedBytes;
    this.chunks.length = 0;
    this.queuedBytes = 0;
    const drained = new Promise<void>((resolve) => {
      this.drained = resolve;
    });
    if (this.drainBudget < 0) this.controller?.abort(new Error("the unread rest of the answer was longer than the drain limit"));
    else this.controller?.resume();
    return drained;
  }

  private readonly abort = (): void => {
    const reason: unknown = this.signal.reason;
    const error = reason instanceof Error ? reason : new Error(String(reason));
    if (this.controller) this.controller.abort(error);
    else this.onResponseError(null, error);
  };

  /** The body ended or failed: wake the reader, release the signal. */
  private settle(): void {
    this.signal.removeEventListener("abort", this.abort);
    this.drained?.();
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    if (this.failure) waiting.reject(this.failure.error);
    else waiting.resolve(DONE);
  }
}
