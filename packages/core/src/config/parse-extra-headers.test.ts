import { expect, test } from "vitest";
import { parseExtraHeaders } from "./parse-extra-headers.js";

test("reads a JSON object of string headers; unset or blank means none", () => {
  expect(parseExtraHeaders(undefined)).toBeUndefined();
  expect(parseExtraHeaders("  ")).toBeUndefined();
  expect(parseExtraHeaders('{"x-team":"research"}')).toEqual({ "x-team": "research" });
});

test.each([
  ["{not json", /not valid JSON/],
  ['["x"]', /must be a JSON object/],
  ['{"x-n": 1}', /must be a string/],
  ['{"bad name": "x"}', /not a valid header name/],
  ['{"Authorization": "Bearer sk-secret-123456"}', /may not set Authorization/],
])("rejects %s as invalid input", (text, message) => {
  expect(() => parseExtraHeaders(text)).toThrow(message);
  try {
    parseExtraHeaders(text);
  } catch (error) {
    expect(error).toMatchObject({ code: "invalid_input", field: "CRAZYROUTER_EXTRA_HEADERS" });
    expect(String((error as Error).message)).not.toContain("sk-secret");
  }
});
