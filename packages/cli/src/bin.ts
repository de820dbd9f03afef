#!/usr/bin/env node
/**
 * Entry of the `crazyrouter` bin: checks the Node version and turns on Node's compile cache before anything
 * else loads, so repeated one-shot calls skip most of the parsing and compiling of the bundle.
 */

/** The bundled HTTP client (undici 8) needs Node 22; on older Node it fails with an unreadable TypeError. */
const MIN_NODE_MAJOR = 22;

if (Number(process.versions.node.split(".")[0]) < MIN_NODE_MAJOR) {
  process.stderr.write(`error: crazyrouter needs Node.js ${MIN_NODE_MAJOR} or later; this is Node ${process.versions.node}.\n`);
  process.exitCode = 2;
} else {
  // Through getBuiltinModule: the ES module view of node:module reads every export (~1.5 ms of every start).
  process.getBuiltinModule("node:module").enableCompileCache?.();
  const { runCli } = await import("./main.js");
  runCli(process.argv.slice(2));
}
