import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { checkApiKey } from "./check-api-key.js";

const key = "sk-abcdefghijklmnop1234";

function rejection(input: string | undefined): CrazyrouterError {
  try {
    checkApiKey(input);
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
  }
  throw new Error("expected a rejection");
}

describe("checkApiKey", () => {
  it("accepts a clean key silently", () => {
    expect(checkApiKey(key)).toEqual({ apiKey: key, notes: [] });
  });

  it("trims pasted whitespace, a Bearer prefix and quotes, and says so", () => {
    expect(checkApiKey(` ${key}\n`)).toEqual({ apiKey: key, notes: ["removed spaces or line breaks around the key"] });
    expect(checkApiKey(`Bearer ${key}`).notes).toEqual(['removed a pasted "Bearer " prefix']);
    expect(checkApiKey(`"${key}"`).apiKey).toBe(key);
  });

  it.each([
    [undefined, /No API key/],
    ["   ", /No API key/],
    ["sk-abc def", /spaces or line breaks inside/],
    ["sk-abcdéf", /non-ASCII/],
  ])("rejects %j without echoing it", (input, message) => {
    const error = rejection(input);
    expect(error.code).toBe("invalid_input");
    expect(error.field).toBe("apiKey");
    expect(error.message).toMatch(message);
    if (input?.trim()) expect(error.message + error.hint).not.toContain(input.trim());
  });

  it("rejects a 10 kB paste before it travels in a header, without echoing it", () => {
    const input = `sk-${"a".repeat(10_000)}`;
    const error = rejection(input);
    expect(error).toMatchObject({ code: "invalid_input", field: "apiKey" });
    expect(error.message).toMatch(/10003 characters long; keys are at most 1024/);
    expect(error.message + error.hint).not.toContain("a".repeat(20));
  });

  it("accepts the longest keys providers issue", () => {
    expect(checkApiKey(`sk-proj-${"A".repeat(156)}`).apiKey).toHaveLength(164);
  });
});
