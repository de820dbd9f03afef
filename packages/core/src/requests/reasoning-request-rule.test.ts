import { describe, expect, it } from "vitest";
import { readCoreFixture } from "../testing/core-fixtures.js";
import { applyReasoningModelRule } from "./reasoning-request-rule.js";

interface Row {
  name: string;
  request: { model: string } & Record<string, unknown>;
  expected: { request: Record<string, unknown>; warnings: string[] };
}

// The same table runs in the Dify plugin's pytest: one rule, two runtimes.
const rows = readCoreFixture<Row>("reasoning-request-rule.json");

describe("the reasoning-model request rule (fixtures/reasoning-request-rule.json)", () => {
  it.each(rows.map((row) => [row.name, row] as const))("%s", (_, row) => {
    const input = structuredClone(row.request);
    const { request, warnings } = applyReasoningModelRule(input);
    expect(request).toEqual(row.expected.request);
    expect(warnings.map((warning) => warning.field)).toEqual(row.expected.warnings);
    expect(input).toEqual(row.request);
  });
});
