import { expect, test } from "vitest";
import { parseTimeout } from "./parse-timeout.js";

test("seconds by default, ms or s with a unit; nonsense and extremes are input errors", () => {
  expect(parseTimeout("30")).toBe(30_000);
  expect(parseTimeout("2.5")).toBe(2_500);
  expect(parseTimeout("500ms")).toBe(500);
  expect(parseTimeout("2s")).toBe(2_000);
  for (const text of ["soon", "0", "10ms", "9999"]) expect(() => parseTimeout(text)).toThrow(/--timeout/);
});
