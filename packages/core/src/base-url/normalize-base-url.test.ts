import { describe, expect, it } from "vitest";
import table from "../../fixtures/base-url.json" with { type: "json" };
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { BaseUrlFixtureRow, FixtureTable } from "../fixtures/fixture-rows.js";
import { BASE_URL_CHANGES, BASE_URL_REFUSALS } from "./base-url-rules.js";
import { normalizeBaseUrl } from "./normalize-base-url.js";

const { rows } = table as FixtureTable<BaseUrlFixtureRow>;

function refusal(input: string): CrazyrouterError {
  try {
    normalizeBaseUrl(input);
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe("normalizeBaseUrl on the shared table (fixtures/base-url.json)", () => {
  it.each(rows.filter((row) => !row.refused).map((row) => [row.case, row] as const))("%s", (_, row) => {
    const result = normalizeBaseUrl(row.input);
    expect({ baseUrl: result.baseUrl, root: result.root, changes: result.changes }).toEqual({ baseUrl: row.baseUrl, root: row.root, changes: row.changes });
    expect(result.notes).toHaveLength(result.changes.length);
  });

  it.each(rows.filter((row) => row.refused).map((row) => [row.case, row] as const))("refuses %s", (_, row) => {
    const error = refusal(row.input);
    expect({ code: error.code, field: error.field, reason: error.reason }).toEqual({ code: "invalid_input", field: "baseUrl", reason: row.refused });
    // Never repeat what was pasted: it may hold a password or a key.
    if (row.input.trim()) expect(error.message).not.toContain(row.input.trim());
    expect(error.message + error.hint).not.toMatch(/pw@|sk-abc123/);
  });

  it("covers every change and every refusal", () => {
    expect(new Set(rows.flatMap((row) => row.changes ?? []))).toEqual(new Set(Object.keys(BASE_URL_CHANGES)));
    expect(new Set(rows.map((row) => row.refused).filter(Boolean))).toEqual(new Set(Object.keys(BASE_URL_REFUSALS)));
  });
});

describe("normalizeBaseUrl's words", () => {
  it("says what it changed, naming the endpoint it removed", () => {
    expect(normalizeBaseUrl("crazyrouter.com/v1/chat/completions/").notes).toEqual([
      "added https://",
      "removed the trailing slash",
      "removed the endpoint path /chat/completions (the base URL stops at /v1)",
    ]);
  });

  it("names the scheme and the host it refuses, and points at the real routes", () => {
    expect(refusal("ftp://crazyrouter.com/v1").message).toBe("The base URL uses ftp, not http or https.");
    expect(refusal("https://xn--crazyrutr-ohgb.com/v1").message).toMatch(/host xn--crazyrutr-ohgb\.com is an internationalised \(punycode\) name/);
    for (const reason of ["empty", "spaces_inside", "non_ascii", "not_http", "invalid_url", "punycode"] as const) {
      expect(BASE_URL_REFUSALS[reason].hint).toMatch(/https:\/\/crazyrouter\.com\/v1/);
    }
  });
});
