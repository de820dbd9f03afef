/**
 * @crazyrouter/dev-gateway: a local, loopback-only, OpenAI-compatible simulator of the Crazyrouter gateway
 * for tests, examples, benchmarks and offline use. Deterministic answers on the real wire format, request
 * recording, and fault injection (status codes, resets, stalls, broken streams) per request.
 */
export { DEV_GATEWAY_API_KEY } from "./dev-gateway-api-key.js";
export { DEFAULT_DEV_GATEWAY_MODELS } from "./models/default-dev-gateway-models.js";
export type { DevGateway, DevGatewayOptions } from "./dev-gateway.js";
export type { RecordedRequest } from "./recording/recorded-request.js";
export type { HeldRequest, RequestHold } from "./recording/request-hold.js";
export { credentialFingerprint, recordedHeaderValue } from "./recording/credential-fingerprint.js";
export { DEFAULT_RECORDING_LIMITS, type RecordingLimits, type RecordingSize } from "./recording/request-recording.js";
export { startDevGateway } from "./start-dev-gateway.js";
export { FAULT_MODES, type FaultMode } from "./faults/fault-spec.js";
export {
  HOSTILE_GATEWAY_API_KEY,
  startHostileGateway,
  type HostileGateway,
  type HostileGatewayOptions,
  type HostileGatewayState,
  type HostileImageItem,
} from "./faults/start-hostile-gateway.js";
