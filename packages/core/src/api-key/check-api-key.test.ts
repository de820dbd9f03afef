import { describe, expect, it } from "vitest";
import table from "../../fixtures/api-key.json" with { type: "json" };
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { ApiKeyFixtureRow, FixtureTable } from "../fixtures/fixture-rows.js";
import { API_KEY_CHANGES, API_KEY_REFUSALS } from "./api-key-rules.js";
import { checkApiKey } from "./check-api-key.js";

const { rows } = table as FixtureTable<ApiKeyFixtureRow>;

function refusal(input: string | undefined): CrazyrouterError {
  try {
    checkApiKey(input);
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("checkApiKey on the shared table (fixtures/api-key.json)", () => {
  it.each(rows.filter((row) => !row.refused).map((row) => [row.case, row] as const))("%s", (_, row) => {
    const result = checkApiKey(row.input ?? undefined);
    expect({ apiKey: result.apiKey, changes: result.changes }).toEqual({ apiKey: row.apiKey, changes: row.changes });
    expect(result.notes).toEqual(row.changes.map((code) => API_KEY_CHANGES[code]));
  });

  it.each(rows.filter((row) => row.refused).map((row) => [row.case, row] as const))("refuses %s without repeating it", (_, row) => {
    const error = refusal(row.input ?? undefined);
    expect({ code: error.code, field: error.field, reason: error.reason }).toEqual({ code: "invalid_input", field: "apiKey", reason: row.refused });
    const pasted = row.input?.trim();
    if (pasted) expect(error.message + error.hint).not.toContain(pasted.slice(0, 20));
  });

  it("covers every change and every refusal", () => {
    expect(new Set(rows.flatMap((row) => row.changes ?? []))).toEqual(new Set(Object.keys(API_KEY_CHANGES)));
    expect(new Set(rows.map((row) => row.refused).filter(Boolean))).toEqual(new Set(Object.keys(API_KEY_REFUSALS)));
  });
});

it("says how long a paste that is too long was", () => {
  expect(refusal(`sk-${"a".repeat(10_000)}`).message).toBe("The API key is 10003 characters long; keys are at most 1024 (Crazyrouter keys are about 50).");
});
