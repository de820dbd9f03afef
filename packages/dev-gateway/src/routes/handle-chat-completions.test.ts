import { describe, expect, test } from "vitest";
import { postJson, readJson, sseData, useDevGateway } from "../dev-gateway-test-kit.js";

const ask = (content: string) => ({ model: "gpt-5.4", messages: [{ role: "user", content }] });
const weatherTool = {
  type: "function",
  function: { name: "get_weather", description: "Weather for a city", parameters: { type: "object", properties: {} } },
};

describe("POST /v1/chat/completions", () => {
  const gateway = useDevGateway();

  test("answers in the OpenAI shape, echoing the last user message", async () => {
    const response = await postJson(gateway(), "/chat/completions", {
      model: "claude-sonnet-4-6",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "first" },
        { role: "assistant", content: "ok" },
        {
          role: "user",
          content: [
            { type: "text", text: "hello" },
            { type: "text", text: "world" },
          ],
        },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await readJson(response);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: "chat.completion",
      created: expect.any(Number),
      model: "claude-sonnet-4-6",
      choices: [{ index: 0, message: { role: "assistant", content: "Echo: hello\nworld" }, finish_reason: "stop" }],
    });
    // Words: "Be brief." 2 + "first" 1 + "ok" 1 + "hello world" 2 = 6; "Echo: hello world" = 3.
    expect(body.usage).toEqual({ prompt_tokens: 6, completion_tokens: 3, total_tokens: 9 });
  });

  test('"Reply only OK" gets exactly OK, whatever the case', async () => {
    const body = await readJson(await postJson(gateway(), "/chat/completions", ask("Connection test. reply ONLY ok.")));
    expect(body.choices[0].message.content).toBe("OK");
  });

  test("n asks for several identical choices", async () => {
    const body = await readJson(await postJson(gateway(), "/chat/completions", { ...ask("hi"), n: 2 }));
    expect(body.choices.map((choice: { index: number }) => choice.index)).toEqual([0, 1]);
  });

  describe("tools", () => {
    test("a user turn naming a tool gets a tool call with JSON arguments", async () => {
      const response = await postJson(gateway(), "/chat/completions", { ...ask("What does get_weather say for Paris?"), tools: [weatherTool] });
      const [choice] = (await readJson(response)).choices;
      expect(choice.finish_reason).toBe("tool_calls");
      expect(choice.message.content).toBeNull();
      expect(choice.message.tool_calls).toEqual([
        { id: expect.stringMatching(/^call_/), type: "function", function: { name: "get_weather", arguments: "{}" } },
      ]);
      expect(JSON.parse(choice.message.tool_calls[0].function.arguments)).toEqual({});
    });

    test('"use the tool" calls the first tool', async () => {
      const body = await readJson(await postJson(gateway(), "/chat/completions", { ...ask("Please use the tool"), tools: [weatherTool] }));
      expect(body.choices[0].message.tool_calls[0].function.name).toBe("get_weather");
    });

    test("after a tool result, or with tool_choice none, the model answers in words", async () => {
      const afterTool = await postJson(gateway(), "/chat/completions", {
        model: "gpt-5.4",
        tools: [weatherTool],
        messages: [
          { role: "user", content: "use the tool" },
          { role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: "{}" } }] },
          { role: "tool", tool_call_id: "call_1", content: "sunny" },
        ],
      });
      expect((await readJson(afterTool)).choices[0]).toMatchObject({ finish_reason: "stop", message: { content: "Echo: use the tool" } });
      const none = await postJson(gateway(), "/chat/completions", { ...ask("use the tool"), tools: [weatherTool], tool_choice: "none" });
      expect((await readJson(none)).choices[0].finish_reason).toBe("stop");
    });

    test("streams a tool call as tool_calls deltas", async () => {
      const response = await postJson(gateway(), "/chat/completions", { ...ask("use the tool"), tools: [weatherTool], stream: true });
      const chunks = sseData(await response.text())
        .slice(0, -1)
        .map((data) => JSON.parse(data));
      const deltas = chunks.flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);
      expect(deltas[0]).toMatchObject({ index: 0, id: expect.stringMatching(/^call_/), function: { name: "get_weather" } });
      expect(deltas.map((delta: { function: { arguments: string } }) => delta.function.arguments).join("")).toBe("{}");
      expect(chunks.at(-1).choices[0].finish_reason).toBe("tool_calls");
    });
  });

  describe("stream", () => {
    test("role chunk, content chunks, finish chunk, usage chunk, then [DONE]", async () => {
      const response = await postJson(gateway(), "/chat/completions", {
        ...ask("stream me please"),
        stream: true,
        stream_options: { include_usage: true },
      });
      expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
      expect(response.headers.get("x-request-id")).toMatch(/^req_/);
      const data = sseData(await response.text());
      expect(data.at(-1)).toBe("[DONE]");
      const chunks = data.slice(0, -1).map((text) => JSON.parse(text));
      for (const chunk of chunks) expect(chunk).toMatchObject({ id: chunks[0].id, object: "chat.completion.chunk", model: "gpt-5.4" });
      expect(chunks[0].choices[0].delta.role).toBe("assistant");
      const usageChunk = chunks.at(-1);
      expect(usageChunk.choices).toEqual([]);
      // As OpenAI streams it: every chunk before the usage chunk carries `usage: null`.
      for (const chunk of chunks.slice(0, -1)) expect(chunk).toHaveProperty("usage", null);
      expect(usageChunk.usage).toEqual({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
      const finishChunk = chunks.at(-2);
      expect(finishChunk.choices[0].finish_reason).toBe("stop");
      const content = chunks
        .slice(1, -2)
        .map((chunk) => chunk.choices[0].delta.content)
        .join("");
      expect(content).toBe("Echo: stream me please");
    });

    test("without include_usage there is no usage chunk and no usage field", async () => {
      const response = await postJson(gateway(), "/chat/completions", { ...ask("hi"), stream: true });
      const data = sseData(await response.text());
      expect(data.some((text) => text.includes('"usage"'))).toBe(false);
      expect(data.at(-1)).toBe("[DONE]");
    });

    test("x-dev-gateway-stream-chunks makes exactly N content chunks", async () => {
      for (const count of [1, 2, 7]) {
        const response = await postJson(
          gateway(),
          "/chat/completions",
          { ...ask("one two three"), stream: true },
          {
            "x-dev-gateway-stream-chunks": String(count),
          },
        );
        const data = sseData(await response.text());
        // role chunk + N content chunks + finish chunk + [DONE]
        expect(data).toHaveLength(count + 3);
      }
    });

    // How fast they stream is measured by `pnpm bench`, not asserted here: time bounds flake on shared cores.
    test("100 000 chunks stream in full", async () => {
      const response = await postJson(
        gateway(),
        "/chat/completions",
        { ...ask("benchmark"), stream: true },
        {
          "x-dev-gateway-stream-chunks": "100000",
        },
      );
      const data = sseData(await response.text());
      expect(data).toHaveLength(100_003);
      expect(data.at(-1)).toBe("[DONE]");
    });

    test("an out-of-range chunk count gets 400", async () => {
      const response = await postJson(
        gateway(),
        "/chat/completions",
        { ...ask("hi"), stream: true },
        {
          "x-dev-gateway-stream-chunks": "100001",
        },
      );
      expect(response.status).toBe(400);
    });
  });
});

describe("models that share their reasoning", () => {
  const gateway = useDevGateway({ models: ["deepseek-reasoner", "gpt-oss-120b", "gpt-5.4"] });
  type Delta = Record<string, string | undefined>;

  test.each([
    ["deepseek-reasoner", "reasoning_content"],
    ["gpt-oss-120b", "reasoning"],
  ])("%s answers with its reasoning under %s, whole and streamed ahead of the answer", async (model, field) => {
    const whole = await readJson(await postJson(gateway(), "/chat/completions", { ...ask("why is the sky blue"), model }));
    expect(whole.choices[0].message).toMatchObject({ content: "Echo: why is the sky blue", [field]: "Thinking about: why is the sky blue" });

    const streamed = await postJson(gateway(), "/chat/completions", { ...ask("why is the sky blue"), model, stream: true });
    const deltas = sseData(await streamed.text())
      .filter((data) => data !== "[DONE]")
      .map((data) => (JSON.parse(data).choices[0]?.delta ?? {}) as Delta);
    expect(deltas.map((delta) => delta[field] ?? "").join("")).toBe("Thinking about: why is the sky blue");
    expect(deltas.map((delta) => delta.content ?? "").join("")).toBe("Echo: why is the sky blue");
    expect(deltas.findLastIndex((delta) => delta[field])).toBeLessThan(deltas.findIndex((delta) => delta.content));
  });

  test("other models share none", async () => {
    const whole = await readJson(await postJson(gateway(), "/chat/completions", ask("hi")));
    expect(Object.keys(whole.choices[0].message).sort()).toEqual(["content", "refusal", "role"]);
  });
});

describe("JSON reply formats", () => {
  const gateway = useDevGateway();

  test("json_object answers a JSON object, json_schema a value following the schema", async () => {
    const object = await readJson(await postJson(gateway(), "/chat/completions", { ...ask("hello"), response_format: { type: "json_object" } }));
    expect(JSON.parse(object.choices[0].message.content)).toEqual({ echo: "hello" });
    const schema = { type: "object", properties: { answer: { type: "string" }, score: { type: "integer" } }, required: ["answer", "score"] };
    const followed = await readJson(
      await postJson(gateway(), "/chat/completions", { ...ask("hello"), response_format: { type: "json_schema", json_schema: { name: "reply", schema } } }),
    );
    expect(JSON.parse(followed.choices[0].message.content)).toEqual({ answer: "hello", score: 0 });
  });
});
