import { describe, expect, it } from "vitest";
import table from "../../fixtures/redaction.json" with { type: "json" };
import type { FixtureTable, RedactionFixtureRow } from "../fixtures/fixture-rows.js";
import { maskApiKey, redactSecrets } from "./redact-secrets.js";

const { rows } = table as FixtureTable<RedactionFixtureRow>;

describe("redactSecrets on the shared table (fixtures/redaction.json)", () => {
  it.each(rows.map((row) => [row.case, row] as const))("%s", (_, row) => {
    expect(redactSecrets(row.text, row.secrets)).toBe(row.redacted);
  });
});

it("masks a key for display", () => {
  expect(maskApiKey("sk-abcdefghijklmnopqrstuvwxyz")).toBe("sk-ab…wxyz");
  expect(maskApiKey("sk-short")).toBe("sk-…");
});
