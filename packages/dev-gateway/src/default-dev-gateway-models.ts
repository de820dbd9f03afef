import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, DEFAULT_IMAGE_MODEL } from "@crazyrouter/core";

/** The models the gateway docs validate with; what `GET /v1/models` lists unless `models` is given. */
export const DEFAULT_DEV_GATEWAY_MODELS: readonly string[] = [
  DEFAULT_CHAT_MODEL,
  "claude-sonnet-4-6",
  "gemini-3-pro-preview",
  DEFAULT_EMBEDDING_MODEL,
  "text-embedding-3-large",
  DEFAULT_IMAGE_MODEL,
  "qwen-image",
];
