import type { ConformanceVector } from "./conformance-vector.js";
import { chatVectors } from "./vectors/chat-vectors.js";
import { embeddingsVectors } from "./vectors/embeddings-vectors.js";
import { imageVectors, modelListVectors } from "./vectors/image-vectors.js";
import { reasoningVectors, streamingVectors } from "./vectors/reasoning-vectors.js";
import { refusedChatVectors } from "./vectors/refused-vectors.js";
import { toolVectors } from "./vectors/tool-vectors.js";

export { API_KEY_PLACEHOLDER, type ConformanceVector } from "./conformance-vector.js";

/**
 * The conformance table: every logical call of issue 16 with the request each platform must send for it, written by
 * hand (see conformance-vector.ts). Every platform's suite runs every vector; conformance-table.md shows the result.
 */
export const conformanceVectors: readonly ConformanceVector[] = [
  ...chatVectors,
  ...reasoningVectors,
  ...streamingVectors,
  ...toolVectors,
  ...refusedChatVectors,
  ...embeddingsVectors,
  ...imageVectors,
  ...modelListVectors,
];
