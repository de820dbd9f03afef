import { describe, expect, it } from "vitest";
import { COZE_DESCRIPTION_LIMIT, fitDescription } from "./fit-description.js";

describe("fitDescription", () => {
  it("joins the description and the restated constraints", () => {
    expect(fitDescription("Sampling temperature.", ["Range 0 to 2."])).toBe("Sampling temperature. Range 0 to 2.");
    expect(fitDescription(undefined, ["Range 0 to 2."])).toBe("Range 0 to 2.");
  });

  it("shortens the prose with an ellipsis, never the constraints, to stay within 300 characters", () => {
    const fitted = fitDescription("word ".repeat(100), ["One of: a, b."]);
    expect(fitted.length).toBeLessThanOrEqual(COZE_DESCRIPTION_LIMIT);
    expect(fitted).toMatch(/\.\.\. One of: a, b\.$/);
  });

  it("cuts everything when the constraints alone are too long", () => {
    const fitted = fitDescription("x", ["y".repeat(400)]);
    expect(fitted).toHaveLength(COZE_DESCRIPTION_LIMIT);
    expect(fitted.endsWith("...")).toBe(true);
  });
});
