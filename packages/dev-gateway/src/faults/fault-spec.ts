import { MAX_TIMER_DELAY_MS } from "./max-timer-delay.js";

/** Every failure the gateway can be asked to simulate, by header or by a `fault-<mode>` model. */
export const FAULT_MODES = [
  "401",
  "403",
  "404",
  "400",
  "429",
  "insufficient-quota",
  "500",
  "502",
  "503",
  "524",
  "reset",
  "slow-headers",
  "stall",
  "no-done",
  "stream-error",
  "invalid-json",
  "html",
  // Upstream misbehaviour a client must survive without hanging, leaking the key or raw errors (issue 11).
  "no-headers",
  "stream-error-key",
  "body-cut",
  "json-stream",
  "error-200",
  "empty-stream",
  "moved",
  "gzip",
] as const;

export type FaultMode = (typeof FAULT_MODES)[number];

export interface FaultSpec {
  mode: FaultMode;
  /** Only the first `times` requests with this exact spec fail; unlimited when unset. */
  times?: number;
  retryAfterMs?: number;
  delayMs?: number;
  /** The spec as sent, trimmed: the key of the per-spec `times` counter. */
  key: string;
}

export const FAULT_MODEL_PREFIX = "fault-";

export function isFaultMode(value: string): value is FaultMode {
  return (FAULT_MODES as readonly string[]).includes(value);
}

const parameterNames: Record<string, "times" | "retryAfterMs" | "delayMs"> = {
  times: "times",
  retry_after_ms: "retryAfterMs",
  delay_ms: "delayMs",
};

/**
 * Parses `<mode>[; times=N][; retry_after_ms=M][; delay_ms=D]`. Throws with a readable message on anything
 * else, because a silently ignored typo would make a resilience test pass for the wrong reason.
 */
export function parseFaultSpec(text: string): FaultSpec {
  const key = text.trim();
  const [modeText = "", ...parameters] = key.split(";").map((part) => part.trim());
  if (!isFaultMode(modeText)) {
    throw new Error(`unknown fault mode "${modeText}"; use one of ${FAULT_MODES.join(", ")}`);
  }
  const spec: FaultSpec = { mode: modeText, key };
  for (const parameter of parameters) {
    if (parameter === "") continue;
    const match = /^([a-z_]+)\s*=\s*(\d+)$/.exec(parameter);
    const name = match ? parameterNames[match[1]!] : undefined;
    if (!match || !name) {
      throw new Error(`invalid fault parameter "${parameter}"; use times=N, retry_after_ms=M or delay_ms=D`);
    }
    spec[name] = Number(match[2]);
    if (name === "delayMs" && spec.delayMs! > MAX_TIMER_DELAY_MS) {
      throw new Error(`delay_ms=${match[2]} is too long; use at most ${MAX_TIMER_DELAY_MS} (about 24.8 days, the longest a Node timer waits)`);
    }
  }
  return spec;
}

/** The fault a model id like `fault-429` asks for, or undefined for ordinary models. */
export function faultSpecFromModel(model: unknown): FaultSpec | undefined {
  if (typeof model !== "string" || !model.startsWith(FAULT_MODEL_PREFIX)) return undefined;
  const mode = model.slice(FAULT_MODEL_PREFIX.length);
  return isFaultMode(mode) ? { mode, key: model } : undefined;
}
