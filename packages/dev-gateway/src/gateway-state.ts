import type { BoundedMap } from "./recording/bounded-map.js";
import type { EmbeddingEncoder } from "./replies/embedding-encoder.js";
import type { FaultCounter } from "./faults/fault-counter.js";
import type { InFlightCounter } from "./recording/in-flight-counter.js";
import type { RequestHoldState } from "./recording/request-hold.js";
import type { RequestRecording } from "./recording/request-recording.js";

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
