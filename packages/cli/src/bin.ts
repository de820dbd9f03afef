#!/usr/bin/env node
/**
 * Entry of the `crazyrouter` bin: checks the Node version and turns on Node's compile cache before anything
 * else loads, so repeated one-shot calls skip most of the parsing and compiling of the bundle.
 */

/**
 * The oldest Node the bundle runs on: it loads Node's own modules through process.getBuiltinModule, new in 22.3.
 * On 22.0-22.2 it would otherwise stop with "process.getBuiltinModule is not a function".
 */
const MIN_NODE = { major: 22, minor: 3 };

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < MIN_NODE.major || (major === MIN_NODE.major && minor < MIN_NODE.minor)) {
  process.stderr.write(`error: crazyrouter needs Node.js ${MIN_NODE.major}.${MIN_NODE.minor} or later; this is Node ${process.versions.node}.\n`);
  process.exitCode = 2;
} else {
  // Through getBuiltinModule: the ES module view of node:module reads every export (~1.5 ms of every start).
  process.getBuiltinModule("node:module").enableCompileCache?.();
  const { runCli } = await import("./main.js");
  runCli(process.argv.slice(2));
}
