import { describe, expect, it } from "vitest";
import table from "../../fixtures/reasoning-request-rule.json" with { type: "json" };
import type { FixtureTable, ReasoningRequestFixtureRow } from "../fixtures/fixture-rows.js";
import { applyReasoningModelRule } from "./reasoning-request-rule.js";

// The same table runs in the Dify plugin's pytest: one rule, two runtimes.
const { rows } = table as FixtureTable<ReasoningRequestFixtureRow>;

describe("the reasoning-model request rule (fixtures/reasoning-request-rule.json)", () => {
  it.each(rows.map((row) => [row.case, row] as const))("%s", (_, row) => {
    const input = structuredClone(row.request);
    const { request, warnings } = applyReasoningModelRule(input);
    expect(request).toEqual(row.sent);
    expect(warnings.map((warning) => warning.field)).toEqual(row.dropped);
    expect(input).toEqual(row.request);
  });
});
