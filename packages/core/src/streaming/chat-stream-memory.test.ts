import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createCallScope } from "../client/call-scope.js";
import { createFakeTimers } from "../testing/fake-timers.js";
import type { TransportResponse } from "../transport/transport.js";
import { createChatStream } from "./chat-stream.js";

/**
 * Issue 13 (peak RSS of long streams 1.5x raw undici): a finished stream must be garbage for V8's young-generation
 * collector. The stream object used to be an object literal with a getter, which V8 keeps in dictionary mode with
 * its accessor pair in old space; that old-space pair pointed at the getter's closure, so every stream's context
 * (response, reader, the text it had received) survived young collections and was promoted until the next full
 * collection. Measured with V8's own collector rather than timings: old-space growth after minor collections.
 */

type CollectGarbage = (options: { type: "minor" | "major" }) => void;

/** V8's `gc()`, which Node exposes only to contexts made after the flag is set. */
function exposeGc(): CollectGarbage {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as CollectGarbage;
}

const oldSpaceUsed = () => getHeapSpaceStatistics().find((space) => space.space_name === "old_space")?.space_used_size ?? 0;

/** Under V8's regular-object limit (128 KiB), so the received text lives in the young generation like real reads. */
const EVENT_BYTES = 100 * 1024;
const STREAMS = 100;

function longAnswer(index: number): TransportResponse {
  const content = `${index}`.padEnd(EVENT_BYTES, "x");
  const bytes = new TextEncoder().encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\ndata: [DONE]\n\n`);
  return {
    status: 200,
    headers: { get: () => "text/event-stream" },
    body: (async function* () {
      yield bytes;
    })(),
    discard: async () => undefined,
  };
}

async function readStreams(): Promise<number> {
  let characters = 0;
  for (let index = 0; index < STREAMS; index += 1) {
    const timers = createFakeTimers();
    const scope = createCallScope({ timeoutMs: 60_000, timers });
    const meta = { requestId: `req-${index}`, status: 200, baseUrl: "https://gateway.test/v1", model: "gpt-test", attempts: 1 };
    const stream = createChatStream(longAnswer(index), scope, meta, { idleTimeoutMs: 1000, surface: (error) => error, warnings: [] });
    characters += (await stream.collect()).text.length;
  }
  return characters;
}

describe("createChatStream: memory", () => {
  it("leaves nothing of finished streams alive through young-generation collections", async () => {
    const gc = exposeGc();
    gc({ type: "major" });
    const before = oldSpaceUsed();
    const characters = await readStreams();
    expect(characters).toBe(STREAMS * EVENT_BYTES);
    // Two minor collections: whatever survives both is promoted to old space.
    gc({ type: "minor" });
    gc({ type: "minor" });
    const promoted = oldSpaceUsed() - before;
    // The streams received 10 MB of text (twice that as parsed strings); before the fix most of it was promoted.
    expect(promoted).toBeLessThan((STREAMS * EVENT_BYTES) / 4);
  });
});
