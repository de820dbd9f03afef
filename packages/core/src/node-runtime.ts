/**
 * @crazyrouter/core/node-runtime: Node's timers and base64 decoder for the core, without the undici
 * transport. For Node programs that bring their own transport (the CLI uses Node's built-in fetch, which
 * loads faster than a bundled undici for one-shot calls).
 */
import { Buffer } from "node:buffer";

export { nodeTimers } from "./timers/node-timers.js";

export function nodeDecodeBase64(text: string): Uint8Array {
  return Buffer.from(text, "base64");
}
