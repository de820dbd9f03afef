import type { BoundedMap } from "./bounded-map.js";
import type { EmbeddingEncoder } from "./embedding-encoder.js";
import type { FaultCounter } from "./fault-counter.js";
import type { InFlightCounter } from "./in-flight-counter.js";
import type { RequestHoldState } from "./request-hold.js";
import type { RequestRecording } from "./request-recording.js";

/** Everything one running gateway shares between its requests. */
export interface GatewayState {
  /** Root URL, known once the server listens. */
  url: string;
  /** The port it listens on (known before the first request): Host headers must name it. */
  port: number;
  apiKeys: ReadonlySet<string>;
  models: readonly string[];
  allowedModels: readonly string[] | undefined;
  latencyMs: number;
  recording: RequestRecording;
  faults: FaultCounter;
  inFlight: InFlightCounter;
  /** Set while a test holds requests (DevGateway.hold). */
  hold: RequestHoldState | undefined;
  images: BoundedMap<string, Buffer>;
  embeddings: EmbeddingEncoder;
  /** Aborts when the gateway closes: every wait listens to it, so no timer outlives close(). */
  closing: AbortSignal;
}
