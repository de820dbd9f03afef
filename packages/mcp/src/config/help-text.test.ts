import { readFileSync } from "node:fs";
import { DEFAULT_DEADLINES, formatDeadline } from "@crazyrouter/core";
import { expect, test } from "vitest";
import { helpText } from "./help-text.js";

test("--help and the README state the core's deadlines, not a copy of an old default", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const help = helpText("0.0.0");
  for (const text of [help, readme]) {
    expect(text).toContain(String(DEFAULT_DEADLINES.totalMs));
    expect(text).toContain(formatDeadline(DEFAULT_DEADLINES.headersMs));
    expect(text).not.toMatch(/\b600000\b/);
  }
});
