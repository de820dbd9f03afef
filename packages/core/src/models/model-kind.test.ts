import { describe, expect, it } from "vitest";
import { isReasoningModel } from "./reasoning-models.js";
import { modelKind } from "./model-kind.js";

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

describe("isReasoningModel", () => {
  it.each([
    ["gpt-5.4", true],
    ["GPT-5-mini", true],
    ["o3", true],
    ["o4-mini", true],
    ["gpt-4o", false],
    ["claude-sonnet-4-6", false],
    ["omni-moderation", false],
  ])("%s → %s", (id, expected) => expect(isReasoningModel(id)).toBe(expected));
});
