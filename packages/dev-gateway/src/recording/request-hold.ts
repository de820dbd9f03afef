import type { RecordedRequest } from "./recorded-request.js";

/** A request the gateway has received and holds before answering. */
export interface HeldRequest {
  request: RecordedRequest;
}

/**
 * While active, every `/v1` request waits after it is recorded until the test releases it, so a test decides when
 * and in which order requests are answered: "never more than N in flight" and "output in input order whatever the
 * answering order" are then checked by events, not by timing.
 */
export interface RequestHold {
  /** The requests waiting now, in arrival order. */
  readonly waiting: readonly HeldRequest[];
  /** Resolves once at least `count` requests are waiting. */
  untilWaiting(count: number): Promise<void>;
  /** Lets one waiting request be answered. */
  release(held: HeldRequest): void;
  /** Stops holding: waiting requests and later ones are answered at once. */
  end(): void;
}

/** The gateway side of a hold: each request waits in `wait` until released, ended, or the client goes away. */
export class RequestHoldState implements RequestHold {
  private readonly queue: Array<HeldRequest & { go: () => void }> = [];
  private readonly watchers: Array<{ count: number; resolve: () => void }> = [];
  private ended = false;

  constructor(private readonly onEnd: () => void) {}

  get waiting(): readonly HeldRequest[] {
    return this.queue.map(({ request }) => ({ request }));
  }

  wait(request: RecordedRequest, signal: AbortSignal): Promise<void> {
    if (this.ended || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = {
        request,
        go: () => {
          signal.removeEventListener("abort", entry.go);
          const index = this.queue.indexOf(entry);
          if (index >= 0) this.queue.splice(index, 1);
          resolve();
        },
      };
      signal.addEventListener("abort", entry.go, { once: true });
      this.queue.push(entry);
      this.notify();
    });
  }

  untilWaiting(count: number): Promise<void> {
    if (this.queue.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ count, resolve }));
  }

  release(held: HeldRequest): void {
    this.queue.find((entry) => entry.request === held.request)?.go();
  }

  end(): void {
    this.ended = true;
    for (const entry of [...this.queue]) entry.go();
    for (const watcher of this.watchers.splice(0)) watcher.resolve();
    this.onEnd();
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) {
      if (this.queue.length < watcher.count) continue;
      this.watchers.splice(this.watchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  }
}
