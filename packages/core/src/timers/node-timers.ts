import { performance } from "node:perf_hooks";
import { clearTimeout as cancelTimer, setTimeout as startTimer } from "node:timers";
import { setTimeout as delay } from "node:timers/promises";
import type { Timers } from "./timers.js";

/** Node's timers, imported from node:timers (not the globals) and reachable only from the Node entry. */
export const nodeTimers: Timers = {
  now: () => performance.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined),
  schedule: (ms, callback) => {
    const timer = startTimer(callback, ms);
    return () => cancelTimer(timer);
  },
};
