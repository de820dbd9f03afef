import { describe, expect, it } from "vitest";
import { restateConstraints } from "./restate-constraints.js";

describe("restateConstraints", () => {
  it("states enum values and defaults", () => {
    expect(restateConstraints({ type: "string", enum: ["float", "base64"], default: "float" })).toEqual(["One of: float, base64.", "Default: float."]);
  });

  it("states numeric ranges and one-sided bounds", () => {
    expect(restateConstraints({ type: "number", minimum: 0, maximum: 2 })).toEqual(["Range 0 to 2."]);
    expect(restateConstraints({ type: "integer", minimum: 1 })).toEqual(["At least 1."]);
    expect(restateConstraints({ type: "integer", maximum: 10 })).toEqual(["At most 10."]);
  });

  it("ignores zod's safe-integer bounds", () => {
    expect(restateConstraints({ type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 })).toEqual([]);
  });

  it("states lengths and item counts", () => {
    expect(restateConstraints({ type: "string", minLength: 1 })).toEqual(["Not empty."]);
    expect(restateConstraints({ type: "string", minLength: 1, maxLength: 64 })).toEqual(["1 to 64 characters."]);
    expect(restateConstraints({ type: "array", maxItems: 2048 })).toEqual(["At most 2048 items."]);
    expect(restateConstraints({ type: "array", minItems: 1 })).toEqual(["At least 1 item."]);
  });

  it("states a pattern, which the schema itself drops", () => {
    expect(restateConstraints({ type: "string", pattern: "^a+$" })).toEqual(["Must match ^a+$"]);
  });
});
