import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { chatCompletionsOperation } from "../operations/chat-completions.js";
import { embeddingsOperation } from "../operations/embeddings.js";
import { imageGenerationOperation } from "../operations/image-generation.js";
import { validateRequest } from "./validate-request.js";

function failure(run: () => unknown): CrazyrouterError {
  try {
    run();
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected invalid_input");
}

describe("validateRequest", () => {
  it("passes a valid body through", () => {
    const body = { model: "gpt-5.4", messages: [{ role: "user", content: "hi" }] };
    expect(validateRequest(chatCompletionsOperation, body)).toEqual(body);
  });

  it("names the field and the allowed values", () => {
    const error = failure(() => validateRequest(chatCompletionsOperation, { model: "gpt-5.4", messages: [{ role: "robot", content: "hi" }] }));
    expect(error.code).toBe("invalid_input");
    expect(error.field).toBe("messages[0].role");
    expect(error.message).toMatch(/chat_completions\.messages\[0\]\.role/);
    expect(error.message).toMatch(/role must be one of system, developer, user, assistant, tool or function/);
  });

  it("states limits", () => {
    expect(
      failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "user", content: "x" }], temperature: 3 })).message,
    ).toMatch(/temperature.*2/);
    expect(failure(() => validateRequest(embeddingsOperation, { model: "m", input: Array(2049).fill("x") })).message).toMatch(/2048/);
  });

  it("lists the accepted fields for an unknown one", () => {
    const error = failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "user", content: "x" }], temprature: 1 }));
    expect(error.message).toMatch(/Unknown field "temprature"/);
    expect(error.hint).toMatch(/temperature/);
  });

  it("requires the id a tool message answers", () => {
    expect(failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "tool", content: "42" }] })).field).toBe(
      "messages[0].tool_call_id",
    );
  });

  it.each([
    ["max_tokens", 1e9],
    ["max_completion_tokens", 1e9],
    ["max_tokens", 0],
  ])("bounds %s (%d) and says the accepted range", (field, value) => {
    const error = failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "user", content: "x" }], [field]: value }));
    expect(error.field).toBe(field);
    expect(error.message).toBe(`Invalid chat_completions.${field}: ${field} must be from 1 to 1048576.`);
  });

  it("bounds image sizes and names the range", () => {
    const error = failure(() => validateRequest(imageGenerationOperation, { model: "m", prompt: "p", size: "99999x99999" }));
    expect(error.field).toBe("size");
    expect(error.message).toMatch(/image_generation\.size: size must be WIDTHxHEIGHT with each side from 64 to 8192 pixels/);
  });

  it("never refuses what providers publish", () => {
    const chat = { model: "m", messages: [{ role: "user", content: "x" }] };
    expect(validateRequest(chatCompletionsOperation, { ...chat, max_completion_tokens: 128_000 })).toMatchObject({ max_completion_tokens: 128_000 });
    for (const size of ["256x256", "1024x1024", "1792x1024", "1536x1024", "4096x4096", "auto"]) {
      expect(validateRequest(imageGenerationOperation, { model: "m", prompt: "p", size })).toMatchObject({ size });
    }
  });
});
