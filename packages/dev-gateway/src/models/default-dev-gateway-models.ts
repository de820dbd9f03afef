/**
 * The models the gateway docs validate with (first check first); what `GET /v1/models` lists unless `models` is
 * given. Written out rather than taken from core's defaults: the simulator's catalogue is its own (see
 * model-catalogue.ts).
 */
export const DEFAULT_DEV_GATEWAY_MODELS: readonly string[] = [
  "gpt-5.4",
  "claude-sonnet-4-6",
  "gemini-3-pro-preview",
  "text-embedding-3-small",
  "text-embedding-3-large",
  "gpt-image-2",
  "qwen-image",
];
