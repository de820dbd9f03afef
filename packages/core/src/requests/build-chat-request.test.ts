import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import type { ChatCompletionRequest } from "../operations/chat-completions.js";
import { buildChatRequest } from "./build-chat-request.js";

const hello = { model: "claude-sonnet-4-6", messages: [{ role: "user" as const, content: "Hello" }] };

function refusal(request: unknown, extraBody?: Record<string, unknown>): CrazyrouterError {
  try {
    buildChatRequest(request as ChatCompletionRequest, { stream: false, extraBody });
  } catch (error) {
    if (CrazyrouterError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

describe("buildChatRequest", () => {
  it("drops unset fields, null included, and never the caller's own object", () => {
    const request = { ...hello, temperature: null, top_p: undefined, seed: 3 } as unknown as ChatCompletionRequest;
    const copy = structuredClone(request);
    expect(buildChatRequest(request, { stream: false }).body).toEqual({ ...hello, seed: 3 });
    expect(request).toEqual(copy);
  });

  it("asks for usage in the last chunk of a stream, keeping the caller's other stream options", () => {
    expect(buildChatRequest({ ...hello, stream_options: { include_obfuscation: false } }, { stream: true }).body).toEqual({
      ...hello,
      stream: true,
      stream_options: { include_usage: true, include_obfuscation: false },
    });
    expect(buildChatRequest({ ...hello, stream: true }, { stream: false }).body).toEqual(hello);
  });

  it("applies the reasoning-model rule after checking the values as given", () => {
    const built = buildChatRequest({ ...hello, model: "gpt-5.4", max_tokens: 64, temperature: 0.2 }, { stream: false });
    expect(built.body).toEqual({ ...hello, model: "gpt-5.4", max_completion_tokens: 64 });
    expect(built.warnings).toEqual([{ field: "temperature", message: "gpt-5.4 is a reasoning model, which refuses temperature; it was not sent." }]);
    expect(refusal({ ...hello, model: "gpt-5.4", temperature: 7 }).field).toBe("temperature");
  });

  it("sends one stop sequence as a list of one, as every platform whose stop input is a list does", () => {
    expect(buildChatRequest({ ...hello, stop: "END" }, { stream: false }).body).toEqual({ ...hello, stop: ["END"] });
    expect(buildChatRequest({ ...hello, stop: ["a", "b"] }, { stream: false }).body).toEqual({ ...hello, stop: ["a", "b"] });
  });

  it("refuses both token limits at once", () => {
    expect(refusal({ ...hello, max_tokens: 10, max_completion_tokens: 10 }).message).toMatch(/set max_tokens or max_completion_tokens, not both/);
  });

  it("accepts what the API accepts", () => {
    const request: ChatCompletionRequest = {
      ...hello,
      messages: [
        { role: "developer", content: [{ type: "text", text: "Be brief." }] },
        {
          role: "user",
          content: [
            { type: "text", text: "Read these" },
            { type: "image_url", image_url: { url: "https://example.com/a.png", detail: "low" } },
            { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } },
            { type: "file", file: { file_id: "file-abc" } },
          ],
        },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "look", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "call_1", content: "42" },
        { role: "function", name: "look", content: "42" },
      ],
      reasoning_effort: "xhigh",
      n: 9,
      store: true,
      metadata: { team: "docs" },
      logprobs: true,
      top_logprobs: 3,
      service_tier: "flex",
      verbosity: "low",
      response_format: { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" }, strict: true } },
    };
    expect(buildChatRequest(request, { stream: false }).body).toEqual(request);
    expect(buildChatRequest({ ...hello, reasoning_effort: "none" }, { stream: false }).body.reasoning_effort).toBe("none");
  });

  it("refuses what the API refuses, naming the field", () => {
    const image = { type: "image_url", image_url: { url: "https://example.com/a.png" } };
    for (const role of ["system", "developer", "tool"]) {
      const message = role === "tool" ? { role, tool_call_id: "call_1", content: [image] } : { role, content: [image] };
      expect(refusal({ ...hello, messages: [message] }).message, role).toMatch(new RegExp(`a ${role} message takes text parts only`));
    }
    expect(refusal({ ...hello, messages: [{ role: "assistant", content: [image] }] }).message).toMatch(/an assistant message takes text or refusal parts only/);
    expect(refusal({ ...hello, response_format: { type: "json_schema", json_schema: { name: "answer" } } }).field).toBe("response_format.json_schema.schema");
    const unusable = refusal({
      ...hello,
      response_format: { type: "json_schema", json_schema: { name: "answer", schema: { type: "object", properties: { a: "string" } } } },
    });
    expect(unusable.field).toBe("response_format.json_schema.schema.properties.a");
    expect(unusable.message).toMatch(/described by a schema object/);
    expect(refusal({ ...hello, messages: [{ role: "assistant" }] }).message).toMatch(/needs content unless it carries tool_calls/);
    expect(refusal({ ...hello, n: 129 }).field).toBe("n");
    expect(refusal({ ...hello, top_logprobs: 2 }).message).toMatch(/top_logprobs needs logprobs: true/);
    expect(refusal({ ...hello, brand_new_field: 1 }).message).toMatch(/Unknown field "brand_new_field"/);
  });

  it("adds fields the client does not know yet through extraBody, and refuses overriding a known one", () => {
    expect(buildChatRequest(hello, { stream: false, extraBody: { brand_new_field: { on: true } } }).body).toEqual({ ...hello, brand_new_field: { on: true } });
    expect(refusal({ ...hello, seed: 1 }, { seed: 2 }).message).toMatch(/the request already sets this field/);
    expect(refusal(hello, { model: "other" }).message).toMatch(/the client sets this field itself/);
  });
});
