import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_TOKENS } from "../operations/chat-completions.js";
import { requestField } from "../operations/request-field.js";
import { chatCompletionsOperation } from "../operations/chat-completions.js";
import { KNOWN_CHAT_MODELS } from "./known-models.js";
import { isReasoningModel } from "./reasoning-models.js";

describe("KNOWN_CHAT_MODELS", () => {
  it("states facts the request schema and the reasoning-model rule agree with", () => {
    const efforts = requestField(chatCompletionsOperation, "reasoning_effort").options ?? [];
    const temperature = requestField(chatCompletionsOperation, "temperature");
    for (const model of KNOWN_CHAT_MODELS) {
      expect(model.maxOutputTokens, model.id).toBeLessThanOrEqual(MAX_OUTPUT_TOKENS);
      expect(model.maxOutputTokens, model.id).toBeLessThan(model.contextWindow);
      for (const effort of model.reasoningEfforts) expect(efforts, model.id).toContain(effort);
      // A reasoning model gets no sampling fields (core leaves them out); every other model takes some.
      expect(model.sampling === undefined, model.id).toBe(isReasoningModel(model.id));
      if (model.sampling) expect(model.sampling.temperatureMax, model.id).toBeLessThanOrEqual(temperature.maximum ?? 0);
      expect(model.source, model.id).toMatch(/^https:\/\//);
    }
  });
});
