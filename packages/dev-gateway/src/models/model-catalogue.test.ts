import { describe, expect, test } from "vitest";
import { modelFacts } from "./model-catalogue.js";

describe("modelFacts: families by id", () => {
  test.each([
    ["gpt-5.4", { kind: "chat", reasoning: true, samplingWithoutReasoning: true }],
    ["gpt-5.1-codex", { kind: "chat", reasoning: true, samplingWithoutReasoning: true }],
    ["gpt-5", { kind: "chat", reasoning: true, samplingWithoutReasoning: false }],
    ["gpt-5-mini", { kind: "chat", reasoning: true, samplingWithoutReasoning: false }],
    ["o1", { kind: "chat", reasoning: true }],
    ["o3-mini", { kind: "chat", reasoning: true }],
    ["o4-mini-2025-04-16", { kind: "chat", reasoning: true }],
    ["gpt-4o-mini", { kind: "chat", reasoning: false, refusesReasoningEffort: true }],
    ["gpt-4.1", { kind: "chat", reasoning: false, refusesReasoningEffort: true }],
    ["claude-sonnet-4-6", { kind: "chat", reasoning: false, refusesReasoningEffort: false }],
    ["qwen-max", { kind: "chat" }],
    ["qwen-image", { kind: "image", refusesResponseFormat: true }],
    ["gpt-image-1-mini", { kind: "image", refusesResponseFormat: true }],
    ["gpt-image-2-2026-04-21", { kind: "image", refusesResponseFormat: true, sizes: { kind: "free" } }],
    ["dall-e-3", { kind: "image", refusesResponseFormat: false, maxImages: 1 }],
    ["text-embedding-3-large", { kind: "embedding", dimensions: 3072, shortens: true }],
    ["text-embedding-ada-002", { kind: "embedding", dimensions: 1536, shortens: false }],
  ])("%s", (id, facts) => expect(modelFacts(id)).toMatchObject(facts));

  test.each(["o10", "gpt-50", "gpt-image", "my-model", "custom-embedding", "omni-moderation-latest"])(
    "%s is not a catalogue model: served everywhere with no rules",
    (id) => expect(modelFacts(id)).toBeUndefined(),
  );
});
