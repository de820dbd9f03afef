import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { nodeVersionProblem } from "./node-version-problem.js";
import { BUILT_BIN, BUILT_STANDALONE, ensureBuilt } from "./test-support/ensure-built.js";

const engines = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { engines: { node: string } }).engines.node;

it("refuses exactly the Node versions package.json's engines excludes", () => {
  expect(engines).toBe(">=22.19");
  expect(nodeVersionProblem("20.19.5")).toBe("needs Node.js 22.19 or later; this is Node.js 20.19.5. Install a current Node.js LTS (https://nodejs.org).");
  expect(nodeVersionProblem("22.18.0")).toMatch(/needs Node\.js 22\.19 or later/);
  for (const version of ["22.19.0", "22.20.1", "23.0.0", "24.11.0"]) expect(nodeVersionProblem(version), version).toBeUndefined();
});

/** The machine's own Node when it is one the server refuses (these machines ship Node 20), else undefined. */
function olderNode(): string | undefined {
  for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
    const version = spawnSync(candidate, ["--version"], { encoding: "utf8" }).stdout?.trim().replace(/^v/, "");
    if (version && nodeVersionProblem(version)) return candidate;
  }
  return undefined;
}

it.skipIf(olderNode() === undefined)(
  "says so on an older Node, from the npm bin and the single file alike, before anything else loads",
  () => {
    ensureBuilt();
    for (const entry of [BUILT_BIN, BUILT_STANDALONE]) {
      const ran = spawnSync(olderNode()!, [entry, "--version"], { encoding: "utf8" });
      expect(ran.stderr).toMatch(/^crazyrouter-mcp: needs Node\.js 22\.19 or later; this is Node\.js \d+\./);
      expect(ran.status).toBe(1);
    }
  },
  120_000,
);
