/**
 * @crazyrouter/core/node-runtime: Node's timers, base64 decoder and a `node:http` transport for the core,
 * without the undici transport. For one-shot Node programs (the CLI), where loading undici, or the one
 * inside Node's fetch, costs more of a call than the call itself.
 */

export { nodeTimers } from "./timers/node-timers.js";
export { createNodeHttpTransport } from "./transport/node-http-transport.js";

// Through getBuiltinModule: the ES module view of node:buffer reads every export (its lazy getters included).
const { Buffer } = process.getBuiltinModule("node:buffer");

export function nodeDecodeBase64(text: string): Uint8Array {
  return Buffer.from(text, "base64");
}
