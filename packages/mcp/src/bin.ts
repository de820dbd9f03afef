#!/usr/bin/env node
/**
 * crazyrouter-mcp: the Crazyrouter gateway as an MCP server. stdio by default (what desktop clients start),
 * `--http` for stateless Streamable HTTP. This entry only checks the Node version, turns on Node's compile cache
 * and then loads the rest: config parsing and the MCP SDK first, the HTTP client on the first tool call, so
 * `tools/list` answers fast.
 */
// The default import: a named `enableCompileCache` import fails to link on Node 20, before any check can run.
import nodeModule from "node:module";
import { nodeVersionProblem } from "./node-version-problem.js";

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`crazyrouter-mcp: ${problem}\n`);
  process.exit(1);
}

// V8's compiled code of this bundle is cached on disk (under os.tmpdir()), so every start after the first
// skips most parsing and compiling. It must run before the bundle is imported, hence the dynamic import.
nodeModule.enableCompileCache?.();
try {
  const { runCli } = await import("./run-cli.js");
  await runCli();
} catch (error) {
  process.stderr.write(`crazyrouter-mcp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
