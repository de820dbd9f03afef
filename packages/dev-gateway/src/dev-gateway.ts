import type { RecordedRequest } from "./recording/recorded-request.js";
import type { RequestHold } from "./recording/request-hold.js";
import type { RecordingLimits, RecordingSize } from "./recording/request-recording.js";

export interface DevGatewayOptions {
  /** 0 (default) picks any free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Accepted Bearer keys; defaults to [DEV_GATEWAY_API_KEY]. */
  apiKeys?: string[];
  /** Models that exist; defaults to the models the gateway docs validate with. */
  models?: string[];
  /** The key's whitelist: other models get 403 model_not_allowed and are hidden from /v1/models. */
  allowedModels?: string[];
  /** Added before answering every /v1 request, default 0; at most 2^31 - 1 (what a Node timer can wait). */
  latencyMs?: number;
  /** Bounds of the request recording; defaults in DEFAULT_RECORDING_LIMITS (10,000 requests, 64 MiB, 1 MiB per body). */
  recording?: Partial<RecordingLimits>;
}

/** A running dev gateway. */
export interface DevGateway {
  /** Root URL, e.g. http://127.0.0.1:PORT (the form NextChat and Cherry Studio want). */
  url: string;
  /** `url + "/v1"` (the form SDKs and Dify want). */
  baseUrl: string;
  /** The first accepted key. */
  apiKey: string;
  /**
   * Requests to non-/__dev paths, oldest first, within the recording's limits (the oldest are dropped).
   * Trimmed and cleared in place, so a held reference stays live.
   */
  requests: RecordedRequest[];
  /** How many requests and bytes the recording holds, and how many it dropped since the last clear. */
  recordingSize(): RecordingSize;
  /** Empties `requests`, resets the `times=N` fault counters and starts a new in-flight peak. */
  clearRequests(): void;
  /** `/v1` requests being answered now (received, not yet fully answered), and the most at once since the last clear. */
  inFlight(): { now: number; peak: number };
  /** Holds every `/v1` request after recording it until the test releases it (see RequestHold). One hold at a time. */
  hold(): RequestHold;
  /** Stops listening, cuts open and stalled connections and clears every timer. */
  close(): Promise<void>;
}
