import { describe, expect, it } from "vitest";
import table from "../../fixtures/reasoning-models.json" with { type: "json" };
import type { FixtureTable, ReasoningModelFixtureRow } from "../fixtures/fixture-rows.js";
import { modelKind } from "./model-kind.js";
import { isReasoningModel } from "./reasoning-models.js";

const { rows } = table as FixtureTable<ReasoningModelFixtureRow>;

describe("modelKind", () => {
  it.each([
    ["gpt-5.4", "chat"],
    ["claude-sonnet-4-6", "chat"],
    ["text-embedding-3-small", "embedding"],
    ["gpt-image-2", "image"],
    ["qwen-image", "image"],
    ["dall-e-3", "image"],
    ["whisper-1", "audio"],
    ["gpt-4o-mini-tts", "audio"],
    ["sora-2", "video"],
    ["omni-moderation-latest", "moderation"],
    ["bge-reranker-v2", "embedding"],
    ["jina-reranker-m0", "rerank"],
  ])("%s is a %s model", (id, kind) => expect(modelKind(id)).toBe(kind));
});

describe("isReasoningModel on the shared table (fixtures/reasoning-models.json)", () => {
  it.each(rows.map((row) => [row.model, row.reasoning] as const))("%j → %s", (id, expected) => expect(isReasoningModel(id)).toBe(expected));
});
