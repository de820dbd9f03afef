import type { Timers } from "./timers.js";

// Through getBuiltinModule: the ES module view of node:timers reads every export on every start.
const { clearTimeout: cancelTimer, setTimeout: startTimer } = process.getBuiltinModule("node:timers");

const NANOSECONDS_PER_MS = 1e6;

/**
 * Node's timers, taken from node:timers (not the globals) and reachable only from the Node entry.
 * node:perf_hooks and node:timers/promises are not imported: loading them took ~2 ms of every one-shot CLI call
 * (perf_hooks brings ten internal modules). hrtime is the monotonic clock performance.now() reads, and the
 * promise sleep is needed only by a retry, so it is looked up then.
 */
export const nodeTimers: Timers = {
  now: () => Number(process.hrtime.bigint()) / NANOSECONDS_PER_MS,
  sleep: (ms, signal) => {
    const { setTimeout: resolveAfter } = process.getBuiltinModule("node:timers/promises");
    return resolveAfter(ms, undefined, signal ? { signal } : undefined);
  },
  schedule: (ms, callback) => {
    const timer = startTimer(callback, ms);
    return () => cancelTimer(timer);
  },
};
