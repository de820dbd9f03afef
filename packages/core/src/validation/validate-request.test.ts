import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { chatCompletionsOperation } from "../operations/chat-completions.js";
import { embeddingsOperation } from "../operations/embeddings.js";
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
    expect(error.message).toMatch(/"system"/);
  });

  it("states limits", () => {
    expect(failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "user", content: "x" }], temperature: 3 })).message).toMatch(/temperature.*2/);
    expect(failure(() => validateRequest(embeddingsOperation, { model: "m", input: Array(2049).fill("x") })).message).toMatch(/2048/);
  });

  it("lists the accepted fields for an unknown one", () => {
    const error = failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "user", content: "x" }], temprature: 1 }));
    expect(error.message).toMatch(/Unknown field "temprature"/);
    expect(error.hint).toMatch(/temperature/);
  });

  it("requires the id a tool message answers", () => {
    expect(failure(() => validateRequest(chatCompletionsOperation, { model: "m", messages: [{ role: "tool", content: "42" }] })).field).toBe("messages[0].tool_call_id");
  });
});
