import { describe, expect, it } from "vitest";
import { constToEnum } from "./const-to-enum.js";

describe("constToEnum", () => {
  it("turns const into a one-value enum", () => {
    expect(constToEnum({ type: "string", const: "function" })).toEqual({ type: "string", enum: ["function"] });
  });

  it("fills in the type from the value when missing", () => {
    expect(constToEnum({ const: 3 })).toEqual({ type: "integer", enum: [3] });
    expect(constToEnum({ const: true })).toEqual({ type: "boolean", enum: [true] });
  });

  it("returns the input itself without const", () => {
    const plain = { type: "string" };
    expect(constToEnum(plain)).toBe(plain);
  });
});
