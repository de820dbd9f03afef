import { describe, expect, it } from "vitest";
import type { ChatCompletionResponse } from "../operations/chat-completions.js";
import { ChatSummaryBuilder, summarizeChatResponse } from "./summarize-chat.js";

// Usage as the gateway sends it, with a details object some routes add.
const gatewayUsage = { prompt_tokens: 7, completion_tokens: 3, total_tokens: 10, completion_tokens_details: { reasoning_tokens: 1 } };

describe("chat usage", () => {
  it("keeps the gateway's field names for a whole answer (the three counts only)", () => {
    const response = {
      id: "c1",
      model: "gpt-test",
      choices: [{ index: 0, message: { role: "assistant", content: "OK" }, finish_reason: "stop" }],
      usage: gatewayUsage,
    };
    expect(summarizeChatResponse(response as ChatCompletionResponse).usage).toEqual({ prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 });
  });

  it("keeps them for a stream, from the usage chunk", () => {
    const builder = new ChatSummaryBuilder();
    builder.add({ id: "c1", choices: [{ index: 0, delta: { content: "OK" } }] });
    builder.add({ id: "c1", choices: [], usage: gatewayUsage });
    expect(builder.build().usage).toEqual({ prompt_tokens: 7, completion_tokens: 3, total_tokens: 10 });
  });
});
