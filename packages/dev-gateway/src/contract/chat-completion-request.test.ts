import { describe, expect, test } from "vitest";
import { expectBadRequest, postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";

/**
 * The chat contract against the OpenAI API reference, over HTTP: what the API accepts gets 200, what it refuses
 * gets 400 in OpenAI's envelope naming the field. The cases of issue 16 are here: core accepted some of the
 * refused bodies and refused some of the accepted ones, and the dev gateway, which used core's schema, agreed.
 * claude-sonnet-4-6 has no model rules, so these answers are the contract's alone.
 */
const model = "claude-sonnet-4-6";
const user = (content: unknown) => ({ role: "user", content });
const chat = (fields: Record<string, unknown>) => ({ model, messages: [user("hi")], ...fields });

const imagePart = { type: "image_url", image_url: { url: "https://example.com/cat.png" } };
const filePart = { type: "file", file: { filename: "notes.pdf", file_data: "data:application/pdf;base64,JVBERi0=" } };
const audioPart = { type: "input_audio", input_audio: { data: "UklGRg==", format: "wav" } };
const toolCall = { id: "call_1", type: "function", function: { name: "lookup", arguments: "{}" } };

describe("POST /v1/chat/completions: the request contract", () => {
  const gateway = useDevGateway();

  const accepted: [string, Record<string, unknown>][] = [
    ...["none", "minimal", "low", "medium", "high", "xhigh"].map((effort): [string, Record<string, unknown>] => [
      `reasoning_effort ${effort}`,
      chat({ reasoning_effort: effort }),
    ]),
    ["n 9", chat({ n: 9 })],
    ["store and metadata", chat({ store: true, metadata: { team: "docs", run: "42" } })],
    ["logprobs with top_logprobs", chat({ logprobs: true, top_logprobs: 5 })],
    ...["auto", "default", "flex", "priority"].map((tier): [string, Record<string, unknown>] => [`service_tier ${tier}`, chat({ service_tier: tier })]),
    ["a file part in a user message", chat({ messages: [user([{ type: "text", text: "Summarise" }, filePart])] })],
    ["an input_audio part in a user message", chat({ messages: [user([audioPart])] })],
    [
      "an image part with detail in a user message",
      chat({ messages: [user([{ ...imagePart, image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } }])] }),
    ],
    [
      "the function role answering a function_call",
      chat({
        messages: [
          user("What is 6 x 7?"),
          { role: "assistant", content: null, function_call: { name: "multiply", arguments: '{"a":6,"b":7}' } },
          { role: "function", name: "multiply", content: "42" },
        ],
      }),
    ],
    ["a developer message", chat({ messages: [{ role: "developer", content: [{ type: "text", text: "Be brief." }] }, user("hi")] })],
    [
      "an assistant turn with only tool_calls, then the tool result",
      chat({ messages: [user("look it up"), { role: "assistant", tool_calls: [toolCall] }, { role: "tool", tool_call_id: "call_1", content: "found" }] }),
    ],
    ["an assistant refusal part", chat({ messages: [user("x"), { role: "assistant", content: [{ type: "refusal", refusal: "No." }] }, user("y")] })],
    [
      "json_schema with name and schema",
      chat({ response_format: { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" }, strict: true } } }),
    ],
    ["json_object and text formats", chat({ response_format: { type: "json_object" } })],
    [
      "sampling, penalties, seed, stop and logit_bias",
      chat({ temperature: 0, top_p: 0.5, presence_penalty: -2, frequency_penalty: 2, seed: 7, stop: ["a", "b", "c", "d"], logit_bias: { "50256": -100 } }),
    ],
    ["max_tokens and max_completion_tokens", chat({ max_tokens: 16, max_completion_tokens: 32 })],
    ["null for every nullable field", chat({ temperature: null, n: null, stop: null, stream: null, stream_options: null, metadata: null, service_tier: null })],
    ["stream with stream_options", chat({ stream: true, stream_options: { include_usage: true, include_obfuscation: false } })],
    ["verbosity, modalities and prediction", chat({ verbosity: "low", modalities: ["text"], prediction: { type: "content", content: "draft" } })],
    ["audio output", chat({ modalities: ["text", "audio"], audio: { voice: "alloy", format: "mp3" } })],
    [
      "function and custom tools with allowed_tools",
      chat({
        tools: [
          { type: "function", function: { name: "lookup", description: "Find", parameters: { type: "object" }, strict: false } },
          { type: "custom", custom: { name: "sql", format: { type: "grammar", grammar: { definition: "start: x", syntax: "lark" } } } },
        ],
        tool_choice: { type: "allowed_tools", allowed_tools: { mode: "auto", tools: [{ type: "function", function: { name: "lookup" } }] } },
        parallel_tool_calls: false,
      }),
    ],
    [
      "web_search_options",
      chat({ web_search_options: { search_context_size: "low", user_location: { type: "approximate", approximate: { city: "Paris" } } } }),
    ],
    ["user, safety_identifier and prompt caching", chat({ user: "u1", safety_identifier: "s1", prompt_cache_key: "k", prompt_cache_retention: "24h" })],
    ["a text part with a cache breakpoint", chat({ messages: [user([{ type: "text", text: "long", prompt_cache_breakpoint: { mode: "explicit" } }])] })],
  ];

  test.each(accepted)("accepts %s", async (_name, body) => {
    const response = await postJson(gateway(), "/chat/completions", body);
    expect(response.status, await response.clone().text()).toBe(200);
  });

  test("n 9 answers nine choices", async () => {
    const body = await readJson(await postJson(gateway(), "/chat/completions", chat({ n: 9 })));
    expect(body.choices).toHaveLength(9);
  });

  const refused: [string, Record<string, unknown>, string, string | null][] = [
    ...(["system", "developer"] as const).map((role): [string, Record<string, unknown>, string, string] => [
      `an image part in a ${role} message`,
      chat({ messages: [{ role, content: [imagePart] }, user("hi")] }),
      "messages[0].content[0]",
      "invalid_value",
    ]),
    [
      "an image part in an assistant message",
      chat({ messages: [user("x"), { role: "assistant", content: [imagePart] }] }),
      "messages[1].content[0]",
      "invalid_value",
    ],
    [
      "an image part in a tool message",
      chat({ messages: [user("x"), { role: "assistant", tool_calls: [toolCall] }, { role: "tool", tool_call_id: "call_1", content: [imagePart] }] }),
      "messages[2].content[0]",
      "invalid_value",
    ],
    ["a file part in a system message", chat({ messages: [{ role: "system", content: [filePart] }, user("x")] }), "messages[0].content[0]", "invalid_value"],
    [
      "an input_audio part in an assistant message",
      chat({ messages: [user("x"), { role: "assistant", content: [audioPart] }] }),
      "messages[1].content[0]",
      "invalid_value",
    ],
    ["a refusal part in a user message", chat({ messages: [user([{ type: "refusal", refusal: "no" }])] }), "messages[0].content[0]", "invalid_value"],
    ["an unknown part type", chat({ messages: [user([{ type: "video", video: {} }])] }), "messages[0].content[0].type", "invalid_value"],
    [
      "an image URL that is not a URL",
      chat({ messages: [user([{ type: "image_url", image_url: { url: "cat.png" } }])] }),
      "messages[0].content[0].image_url.url",
      "invalid_value",
    ],
    [
      "json_schema without a schema",
      chat({ response_format: { type: "json_schema", json_schema: { name: "answer" } } }),
      "response_format.json_schema.schema",
      "missing_required_parameter",
    ],
    [
      "json_schema without a name",
      chat({ response_format: { type: "json_schema", json_schema: { schema: { type: "object" } } } }),
      "response_format.json_schema.name",
      "missing_required_parameter",
    ],
    [
      "json_schema with a name the API refuses",
      chat({ response_format: { type: "json_schema", json_schema: { name: "my answer", schema: {} } } }),
      "response_format.json_schema.name",
      "invalid_value",
    ],
    ["json_schema without json_schema", chat({ response_format: { type: "json_schema" } }), "response_format.json_schema", "missing_required_parameter"],
    ["an unknown response_format type", chat({ response_format: { type: "yaml" } }), "response_format.type", "invalid_value"],
    ["an unknown reasoning_effort", chat({ reasoning_effort: "extreme" }), "reasoning_effort", "invalid_value"],
    ["n 0", chat({ n: 0 }), "n", "integer_below_min_value"],
    ["n 129", chat({ n: 129 }), "n", "integer_above_max_value"],
    ["a fractional n", chat({ n: 1.5 }), "n", "invalid_type"],
    ["temperature 2.5", chat({ temperature: 2.5 }), "temperature", "decimal_above_max_value"],
    ["temperature as a string", chat({ temperature: "hot" }), "temperature", "invalid_type"],
    ["top_p above 1", chat({ top_p: 1.5 }), "top_p", "decimal_above_max_value"],
    ["top_logprobs 21", chat({ logprobs: true, top_logprobs: 21 }), "top_logprobs", "integer_above_max_value"],
    ["top_logprobs without logprobs", chat({ top_logprobs: 2 }), "top_logprobs", "invalid_value"],
    ["stream_options without stream", chat({ stream_options: { include_usage: true } }), "stream_options", null],
    ["five stop sequences", chat({ stop: ["a", "b", "c", "d", "e"] }), "stop", "array_above_max_length"],
    ["a logit_bias above 100", chat({ logit_bias: { "50256": 101 } }), "logit_bias.50256", "integer_above_max_value"],
    [
      "metadata with 17 pairs",
      chat({ metadata: Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, "v"])) }),
      "metadata",
      "invalid_value",
    ],
    ["a metadata value that is not a string", chat({ metadata: { run: 42 } }), "metadata.run", "invalid_type"],
    ["an unknown service_tier", chat({ service_tier: "turbo" }), "service_tier", "invalid_value"],
    ["audio output without audio", chat({ modalities: ["audio"] }), "audio", "missing_required_parameter"],
    ["no messages", chat({ messages: [] }), "messages", "empty_array"],
    ["messages missing", { model }, "messages", "missing_required_parameter"],
    ["model missing", { messages: [user("hi")] }, "model", "missing_required_parameter"],
    ["an unknown role", chat({ messages: [{ role: "bot", content: "hi" }] }), "messages[0].role", "invalid_value"],
    ["a user message without content", chat({ messages: [{ role: "user" }] }), "messages[0].content", "missing_required_parameter"],
    [
      "a tool message without tool_call_id",
      chat({ messages: [user("x"), { role: "tool", content: "r" }] }),
      "messages[1].tool_call_id",
      "missing_required_parameter",
    ],
    [
      "tool_call_id on a user message",
      chat({ messages: [{ role: "user", content: "x", tool_call_id: "call_1" }] }),
      "messages[0].tool_call_id",
      "unknown_parameter",
    ],
    [
      "an empty tool_calls list",
      chat({ messages: [user("x"), { role: "assistant", content: "ok", tool_calls: [] }] }),
      "messages[1].tool_calls",
      "empty_array",
    ],
    ["a function message without name", chat({ messages: [user("x"), { role: "function", content: "42" }] }), "messages[1].name", "missing_required_parameter"],
    ["a message name with spaces", chat({ messages: [{ role: "user", content: "x", name: "Ada Lovelace" }] }), "messages[0].name", "invalid_value"],
    ["a tool name with spaces", chat({ tools: [{ type: "function", function: { name: "look up" } }] }), "tools[0].function.name", "invalid_value"],
    [
      "129 tools",
      chat({ tools: Array.from({ length: 129 }, (_, index) => ({ type: "function", function: { name: `t${index}` } })) }),
      "tools",
      "array_above_max_length",
    ],
    ["an unknown tool_choice", chat({ tool_choice: "always" }), "tool_choice", "invalid_value"],
    ["a named tool_choice without its function", chat({ tool_choice: { type: "function" } }), "tool_choice.function", "missing_required_parameter"],
    ["a logit_bias key that is not a token id", chat({ logit_bias: { the: 5 } }), "logit_bias.the", "invalid_value"],
    ["a fractional seed", chat({ seed: 1.5 }), "seed", "invalid_value"],
  ];

  test.each(refused)("refuses %s", async (_name, body, param, code) => {
    await expectBadRequest(await postJson(gateway(), "/chat/completions", body), param, code);
  });

  test("a part a role may not send is refused naming both roles, as OpenAI words it", async () => {
    const response = await postJson(gateway(), "/chat/completions", chat({ messages: [{ role: "system", content: [imagePart] }, user("hi")] }));
    expect((await readJson(response)).error.message).toBe(
      "Image URLs are only allowed for messages with role 'user', but this message with role 'system' contains one.",
    );
  });

  test("a vendor field the gateway reads for a model's family is taken for that family only", async () => {
    const thinking = { thinking: { type: "enabled", budget_tokens: 2048 } };
    expect((await postJson(gateway(), "/chat/completions", chat({ model: "claude-sonnet-4-6", ...thinking }))).status).toBe(200);
    expect((await postJson(gateway(), "/chat/completions", chat({ model: "gpt-5.4", ...thinking }))).status).toBe(400);
  });

  test("an unknown top-level field is refused as OpenAI refuses it; a misspelt nested one too", async () => {
    const topLevel = await readJson(await postJson(gateway(), "/chat/completions", chat({ brand_new_field: { on: true } })));
    expect(topLevel.error).toEqual({
      message: "Unrecognized request argument supplied: brand_new_field",
      type: "invalid_request_error",
      param: "brand_new_field",
      code: null,
    });
    const nested = await readJson(await postJson(gateway(), "/chat/completions", chat({ messages: [{ role: "user", content: "x", reasoning_content: "y" }] })));
    expect(nested.error).toMatchObject({
      message: "Unknown parameter: 'messages[0].reasoning_content'.",
      param: "messages[0].reasoning_content",
      code: "unknown_parameter",
    });
  });

  test("messages say what was expected and what came", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [chat({ n: 200 }), "Invalid 'n': integer above maximum value. Expected a value <= 128, but got 200 instead."],
      [chat({ temperature: "hot" }), "Invalid type for 'temperature': expected a decimal, but got a string instead."],
      [
        chat({ reasoning_effort: "extreme" }),
        "Invalid value: 'extreme'. Supported values are: 'none', 'minimal', 'low', 'medium', 'high', 'xhigh', and 'max'.",
      ],
      [chat({ messages: [] }), "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead."],
      [chat({ response_format: { type: "json_schema", json_schema: { name: "a" } } }), "Missing required parameter: 'response_format.json_schema.schema'."],
      [chat({ stream_options: { include_usage: true } }), "The 'stream_options' parameter is only allowed when 'stream' is enabled."],
    ];
    for (const [body, message] of cases) {
      expect((await readJson(await postJson(gateway(), "/chat/completions", body))).error.message).toBe(message);
    }
  });
});
