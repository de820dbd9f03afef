import { readFileSync } from "node:fs";
import { DEFAULT_DEADLINES, formatDeadline } from "@crazyrouter/core";
import { expect, test } from "vitest";
import { SETUP_CLIENTS } from "./setup/setup-clients.js";
import { SETUP_CLIENT_NAMES } from "./setup/setup-client-names.js";
import { USAGE } from "./usage.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
const { headersMs, totalMs, streamTotalMs, streamIdleMs } = DEFAULT_DEADLINES;

test("--help and the README state the core's deadlines, and --timeout for every command that calls the gateway", () => {
  for (const ms of [headersMs, totalMs, streamTotalMs, streamIdleMs]) {
    expect(USAGE).toContain(formatDeadline(ms));
    expect(readme).toContain(formatDeadline(ms));
  }
  expect(USAGE).toMatch(/crazyrouter models \[--timeout T\]/);
  expect(USAGE).toMatch(/crazyrouter chat "PROMPT" .*\[--timeout T\]/);
});

test("--help lists every setup client with every other name it answers to", () => {
  expect(SETUP_CLIENT_NAMES.map((name) => name.id)).toEqual(SETUP_CLIENTS.map((client) => client.id));
  for (const { id, aliases } of SETUP_CLIENT_NAMES) {
    expect(USAGE).toMatch(new RegExp(`^  ${id}${aliases.length > 0 ? ` \\(also: ${aliases.join(", ")}\\)` : ""}$`, "m"));
  }
  expect(USAGE).toMatch(/cherry-studio \(also: cherry, cherrystudio\)/);
});
