import { describe, expect, it } from "vitest";
import { PLATFORMS } from "./conformance-vector.js";
import { renderConformanceTable } from "./conformance-table.js";
import { conformanceVectors } from "./vectors.js";

describe("the conformance table", () => {
  it("is the committed conformance-table.md (regenerate with -u after changing a vector)", async () => {
    await expect(renderConformanceTable(conformanceVectors)).toMatchFileSnapshot("./conformance-table.md");
  });

  it("covers every category of issue 16 with at least 40 calls, names each once, and gives every verdict a reason", () => {
    expect(conformanceVectors.length).toBeGreaterThanOrEqual(40);
    const names = conformanceVectors.map((vector) => vector.name);
    expect(new Set(names).size).toBe(names.length);
    const categories = new Set(conformanceVectors.map((vector) => vector.category));
    for (const category of [
      "chat",
      "reasoning",
      "streaming",
      "tools",
      "content",
      "reply format",
      "pass-through",
      "refused",
      "embeddings",
      "images",
      "models",
    ]) {
      expect(categories, category).toContain(category);
    }
    for (const vector of conformanceVectors) {
      for (const [platform, verdict] of Object.entries(vector.platforms ?? {})) {
        expect(PLATFORMS, `${vector.name}: ${platform}`).toContain(platform);
        expect(verdict?.reason.trim(), `${vector.name}: ${platform} needs a reason`).not.toBe("");
      }
    }
  });

  it("lists a difference only where the body really differs", () => {
    for (const vector of conformanceVectors) {
      for (const [platform, verdict] of Object.entries(vector.platforms ?? {})) {
        if (verdict?.kind !== "difference" || !("body" in vector.expected)) continue;
        expect(verdict.body, `${vector.name}: ${platform}`).not.toEqual(vector.expected.body);
      }
    }
  });
});
