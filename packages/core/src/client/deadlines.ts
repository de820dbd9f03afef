/**
 * How long a call may take, derived once from how the gateway is reached. Crazyrouter sits behind Cloudflare,
 * which answers 524 when the origin has not started a response after about 100 s: a response that has not
 * started after that is not coming, and a whole answer cannot take much longer to start either. Every adapter
 * (CLI, MCP server, n8n node) uses these values; none restates them.
 */
export interface Deadlines {
  /** Per attempt: the response's status and headers must arrive within this. Cloudflare's 100 s plus 10 s of network. */
  headersMs: number;
  /** A whole (non-streamed) call, retries included: two attempts that each run into Cloudflare's limit, plus backoff. */
  totalMs: number;
  /** A streamed call, retries included: long reasoning answers stream for many minutes, while the idle watchdog catches stalls. */
  streamTotalMs: number;
  /** A stream that sends nothing for this long is stopped. */
  streamIdleMs: number;
}

export const DEFAULT_DEADLINES: Readonly<Deadlines> = Object.freeze({
  headersMs: 110_000,
  totalMs: 240_000,
  streamTotalMs: 1_800_000,
  streamIdleMs: 60_000,
});

/** The longest deadline an adapter lets users configure (one hour): longer only hides a hang. */
export const MAX_TIMEOUT_MS = 3_600_000;

/** A duration for people: `110 s`, `4 min`, `30 min`. */
export function formatDeadline(ms: number): string {
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
