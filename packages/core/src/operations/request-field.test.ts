import { describe, expect, it } from "vitest";
import { chatCompletionsOperation } from "./chat-completions.js";
import { embeddingsOperation } from "./embeddings.js";
import { requestField, requestFieldNames } from "./request-field.js";

describe("requestField", () => {
  it("reads limits, enums and descriptions, through unions", () => {
    expect(requestField(chatCompletionsOperation, "temperature")).toMatchObject({ type: "number", minimum: 0, maximum: 2 });
    expect(requestField(chatCompletionsOperation, "stop").maxItems).toBe(4);
    expect(requestField(chatCompletionsOperation, "reasoning_effort").options).toEqual(["none", "minimal", "low", "medium", "high", "xhigh", "max"]);
    expect(requestField(embeddingsOperation, "dimensions")).toMatchObject({ type: "integer", minimum: 1, maximum: 3072 });
  });

  it("gives a tagged union's constants as its options", () => {
    expect(requestField(chatCompletionsOperation, "response_format.type").options).toEqual(["text", "json_object", "json_schema"]);
    expect(requestField(chatCompletionsOperation, "messages[].role").options).toEqual(["system", "developer", "user", "assistant", "tool", "function"]);
    expect(requestField(chatCompletionsOperation, "response_format.json_schema").type).toBe("object");
  });

  it("throws for a field the core does not have", () => {
    expect(() => requestField(chatCompletionsOperation, "temprature")).toThrow(/no request field temprature/);
    expect(requestFieldNames(embeddingsOperation)).toEqual(["model", "input", "dimensions", "encoding_format", "user"]);
  });
});
