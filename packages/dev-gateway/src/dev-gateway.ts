import type { RecordedRequest } from "./recorded-request.js";

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
  /** Added before answering every /v1 request, default 0. */
  latencyMs?: number;
}

/** A running dev gateway. */
export interface DevGateway {
  /** Root URL, e.g. http://127.0.0.1:PORT (the form NextChat and Cherry Studio want). */
  url: string;
  /** `url + "/v1"` (the form SDKs and Dify want). */
  baseUrl: string;
  /** The first accepted key. */
  apiKey: string;
  /** Every request to a non-/__dev path, oldest first. Cleared in place, so a held reference stays live. */
  requests: RecordedRequest[];
  /** Empties `requests` and resets the `times=N` fault counters. */
  clearRequests(): void;
  /** Stops listening, cuts open and stalled connections and clears every timer. */
  close(): Promise<void>;
}
