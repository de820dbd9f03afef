/**
 * Coze Studio's tool runtime rules (coze-dev/coze-studio, backend `domain/plugin/service`), one test per rule, run by
 * the simulator in `src/runtime` on the spec as Coze stores it after the Import flow. Each rule is shown failing on a
 * small spec that breaks it, then on the spec released at 53351ee where that spec broke it (issue 10), then holding
 * on the spec generated now. Answers come from the dev gateway.
 */
import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, getOperation, requestJsonSchema } from "@crazyrouter/core";
import { credentialFingerprint, startDevGateway, type DevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CozeRuntimeError, modelVisibleTool, processResponse, type StoredPluginDocument, type VisibleParameter } from "./runtime/index.js";
import type { CozeSchema } from "./runtime/coze-schema.js";
import { generatedStoredSpec, specBeforeRuntimeRules } from "./testing/coze-documents.js";
import { COZE_TEST_USER_ID, runAgainstDevGateway } from "./testing/coze-tool-runner.js";
import { descriptionProblems } from "./testing/description-problems.js";

const CHAT = "crazyrouter_chat";
const EMBEDDINGS = "crazyrouter_embeddings";
const question = [{ role: "user", content: "Reply only OK" }];

let gateway: DevGateway;
let generated: StoredPluginDocument;
let before: StoredPluginDocument;

beforeAll(async () => {
  gateway = await startDevGateway();
  generated = generatedStoredSpec();
  before = specBeforeRuntimeRules();
}, 300_000);

afterAll(async () => {
  await gateway?.close();
});

beforeEach(() => {
  gateway.clearRequests();
});

/** A one-tool plugin with the given body and answer schemas, to show a rule failing on a spec that breaks it. */
function smallSpec(body: CozeSchema, answer: CozeSchema = { type: "object", properties: { ok: { type: "string" } } }): StoredPluginDocument {
  return {
    servers: [{ url: "https://crazyrouter.com/v1" }],
    paths: {
      "/chat/completions": {
        post: {
          operationId: "small",
          summary: "A spec that breaks one rule.",
          requestBody: { content: { "application/json": { schema: body } } },
          responses: { "200": { content: { "application/json": { schema: answer } } } },
        },
      },
    },
  };
}

function bodySchema(document: StoredPluginDocument, path: string): CozeSchema {
  const body = document.paths[path]?.post?.requestBody as { content?: Record<string, { schema?: CozeSchema }> } | undefined;
  const schema = body?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`no body schema at ${path}`);
  return schema;
}

async function failure(run: Promise<unknown>): Promise<CozeRuntimeError> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof CozeRuntimeError)) throw new Error(`expected Coze to stop the run, got ${String(error)}`);
  return error;
}

function lastBody(): Record<string, unknown> {
  const request = gateway.requests.at(-1);
  if (!request) throw new Error("nothing reached the gateway");
  return request.body as Record<string, unknown>;
}

/** Object fields reachable from the body through objects only (Coze does not enter arrays), with their optionality. */
function objectChains(schema: CozeSchema, optional = false, at = "body"): Array<{ at: string; schema: CozeSchema; optional: boolean }> {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
    property.type === "object"
      ? [
          { at: `${at}.${name}`, schema: property, optional: optional || !required.has(name) },
          ...objectChains(property, optional || !required.has(name), `${at}.${name}`),
        ]
      : [],
  );
}

describe("setBodyDefaultValues (tool/invocation_args.go)", () => {
  it("fills a declared default for an absent field, although the model never sees it", async () => {
    await runAgainstDevGateway(
      gateway,
      smallSpec({
        type: "object",
        properties: { model: { type: "string", default: DEFAULT_CHAT_MODEL }, messages: { type: "array", items: { type: "object" } } },
      }),
      "small",
      { messages: question },
    );
    expect(lastBody().model).toBe(DEFAULT_CHAT_MODEL);

    const named = await failure(runAgainstDevGateway(gateway, before, CHAT, { messages: question }));
    expect(named.message).toBe("[setBodyDefaultValues] parameter 'model' is required");

    await runAgainstDevGateway(gateway, generated, CHAT, { messages: question });
    expect(lastBody()).toEqual({ model: DEFAULT_CHAT_MODEL, messages: question });
    await runAgainstDevGateway(gateway, generated, EMBEDDINGS, { input: ["a text"] });
    expect(lastBody()).toEqual({ model: DEFAULT_EMBEDDING_MODEL, input: ["a text"], encoding_format: "float" });
  });

  it("checks `required` inside an optional object even when the call leaves the object out", async () => {
    const optionalObject = smallSpec({
      type: "object",
      properties: { model: { type: "string" }, response_format: { type: "object", properties: { type: { type: "string" } }, required: ["type"] } },
    });
    const small = await failure(runAgainstDevGateway(gateway, optionalObject, "small", { model: DEFAULT_CHAT_MODEL }));
    expect(small.message).toBe("[setBodyDefaultValues] parameter 'type' is required");

    // Issue 10, finding 1: nearly every chat call stopped here, and Debug said only "internal server error".
    const issue = await failure(runAgainstDevGateway(gateway, before, CHAT, { model: DEFAULT_CHAT_MODEL, messages: question }));
    expect(issue.message).toBe("[setBodyDefaultValues] parameter 'type' is required");
    expect(issue.debugReason).toBe("internal server error");
    expect(gateway.requests).toHaveLength(0);

    const run = await runAgainstDevGateway(gateway, generated, CHAT, { model: DEFAULT_CHAT_MODEL, messages: question });
    expect(JSON.parse(run.trimmedResponse).choices[0].message.content).toBe("OK");
    for (const path of ["/chat/completions", "/embeddings", "/images/generations"]) {
      for (const chain of objectChains(bodySchema(generated, path))) {
        if (!chain.optional) continue;
        const withoutDefault = (chain.schema.required ?? []).filter((name) => chain.schema.properties?.[name]?.default === undefined);
        expect(withoutDefault, `${path} ${chain.at}`).toEqual([]);
      }
    }
  });

  it("sends only declared fields, at every object depth, while list items pass as given", async () => {
    await runAgainstDevGateway(gateway, generated, CHAT, {
      messages: [{ role: "user", content: "Say hi", name: "kept" }],
      stream: true,
      tools: [{ type: "function", function: { name: "lookup" } }],
      Authorization: "Bearer sk-from-the-model",
      response_format: { type: "json_object", json_schema: { name: "dropped" } },
    });
    expect(lastBody()).toEqual({
      model: DEFAULT_CHAT_MODEL,
      messages: [{ role: "user", content: "Say hi", name: "kept" }],
      response_format: { type: "json_object" },
    });
  });
});

describe("TryCorrectValueType (internal/encoder/req_encode.go)", () => {
  it("sends a list given for a text field as the JSON text of that list", async () => {
    const parts = [
      { type: "text", text: "What is in this picture?" },
      { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
    ];
    // Issue 10, finding 2: the old description promised vision lists; the gateway got their JSON text instead.
    for (const document of [before, generated]) {
      // The old spec also needs response_format to get this far (the rule above).
      const workaround = document === before ? { response_format: { type: "text" } } : {};
      await runAgainstDevGateway(gateway, document, CHAT, { model: DEFAULT_CHAT_MODEL, messages: [{ role: "user", content: parts }], ...workaround });
      const sent = (lastBody().messages as Array<{ content: unknown }>)[0]?.content;
      expect(typeof sent).toBe("string");
      expect(JSON.parse(sent as string)).toEqual(parts);
    }
    const core = requestJsonSchema(getOperation("chat_completions"));
    if (!core) throw new Error("chat has a body");
    expect(descriptionProblems(bodySchema(before, "/chat/completions"), core).join("\n")).toMatch(
      /body\.messages\[\]\.content: a text field whose description offers a list/,
    );
    expect(descriptionProblems(bodySchema(generated, "/chat/completions"), core)).toEqual([]);
  });

  it("refuses a single value for a list field before sending", async () => {
    // Issue 10, finding 3: the old description offered "the text to embed, or a list".
    for (const document of [before, generated]) {
      const refused = await failure(runAgainstDevGateway(gateway, document, EMBEDDINGS, { model: DEFAULT_EMBEDDING_MODEL, input: "one text" }));
      expect(refused.message).toBe("[TryCorrectValueType] value 'input' is not array");
    }
    expect(gateway.requests).toHaveLength(0);
    const core = requestJsonSchema(getOperation("embeddings"));
    if (!core) throw new Error("embeddings has a body");
    expect(descriptionProblems(bodySchema(before, "/embeddings"), core).join("\n")).toMatch(/body\.input: a list field/);
    expect(descriptionProblems(bodySchema(generated, "/embeddings"), core)).toEqual([]);
  });

  it("converts numbers and text to the declared number type, and turns a fraction for an integer field into 0", async () => {
    const numbers = smallSpec({
      type: "object",
      properties: { model: { type: "string" }, temperature: { type: "number" }, messages: { type: "array", items: { type: "object" } } },
    });
    await runAgainstDevGateway(gateway, numbers, "small", { model: "claude-sonnet-4-6", messages: question, temperature: "0.5" });
    expect(lastBody().temperature).toBe(0.5);

    await runAgainstDevGateway(gateway, generated, CHAT, { messages: question, max_completion_tokens: "64" });
    expect(lastBody()).toMatchObject({ max_completion_tokens: 64 });
    const zero = await failure(runAgainstDevGateway(gateway, generated, CHAT, { messages: question, max_completion_tokens: 64.5 }));
    expect(lastBody().max_completion_tokens).toBe(0);
    expect(zero.debugReason).toMatch(/^execute tool failed : http request failed, status=400/);
  });
});

describe("processResponse (exec_tool.go)", () => {
  it("cuts the answer down to the declared fields at every depth", async () => {
    const run = await runAgainstDevGateway(gateway, generated, CHAT, { messages: question });
    const raw = JSON.parse(run.rawResponse);
    expect(raw).toMatchObject({ object: "chat.completion", choices: [{ index: 0, logprobs: null, message: { refusal: null } }] });
    const answer = JSON.parse(run.trimmedResponse);
    expect(Object.keys(answer).sort()).toEqual(["choices", "id", "model", "usage"]);
    expect(answer.choices).toEqual([{ message: { role: "assistant", content: "OK" }, finish_reason: "stop" }]);
  });

  it("fails a Debug run on a null answer field, while agents and workflows get the type's zero value", async () => {
    // A real answer with null content: the dev gateway's reply to a request that offers a tool.
    const direct = await fetch(`${gateway.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${gateway.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: DEFAULT_CHAT_MODEL,
        messages: [{ role: "user", content: "use the tool" }],
        tools: [{ type: "function", function: { name: "lookup" } }],
      }),
    });
    const toolCallAnswer = await direct.text();
    expect(JSON.parse(toolCallAnswer).choices[0].message.content).toBeNull();
    const small = { responses: { "200": { content: { "application/json": { schema: { type: "object", properties: { text: { type: "string" } } } } } } } };
    expect(() => processResponse('{"text":null}', small, "return-error")).toThrow("expected 'text' to be of type 'string', but got '<nil>'");

    // Issue 10, finding 5, on both specs: Coze has no way to declare a field that may be null.
    for (const document of [before, generated]) {
      const chat = document.paths["/chat/completions"]?.post ?? {};
      expect(() => processResponse(toolCallAnswer, chat, "return-error")).toThrow("expected 'content' to be of type 'string', but got '<nil>'");
      expect(JSON.parse(processResponse(toolCallAnswer, chat, "return-default")).choices[0].message.content).toBe("");
    }
    // So the tool must never ask for such an answer: it cannot send tools, and a model that adds them is ignored.
    const fields = Object.keys(bodySchema(generated, "/chat/completions").properties ?? {});
    for (const field of ["tools", "tool_choice", "functions", "function_call", "parallel_tool_calls"]) expect(fields).not.toContain(field);
    expect(bodySchema(generated, "/chat/completions").properties?.response_format?.properties?.type?.enum).toEqual(["text", "json_object"]);
    const run = await runAgainstDevGateway(gateway, generated, CHAT, {
      messages: [{ role: "user", content: "use the tool" }],
      tools: [{ type: "function", function: { name: "lookup" } }],
      tool_choice: "required",
    });
    expect(JSON.parse(run.trimmedResponse).choices[0].message.content).toBe("Echo: use the tool");
  });

  it("fails a Debug run on a value of another type, while agents and workflows get null or the zero value", async () => {
    // Issue 10, finding 4: a model that followed the old description asked for base64 and got text for a number list.
    const args = { model: DEFAULT_EMBEDDING_MODEL, input: ["a text"], encoding_format: "base64" };
    const debug = await failure(runAgainstDevGateway(gateway, before, EMBEDDINGS, args, "debug"));
    expect(debug.message).toBe("expected 'embedding' to be of type 'array', but got 'string'");
    expect(debug.debugReason).toBe("execute tool failed : expected 'embedding' to be of type 'array', but got 'string'");
    const agent = await runAgainstDevGateway(gateway, before, EMBEDDINGS, args, "agent");
    expect(JSON.parse(agent.trimmedResponse).data).toEqual([{ index: 0, embedding: null }]);

    const run = await runAgainstDevGateway(gateway, generated, EMBEDDINGS, { input: ["a text"] }, "debug");
    expect(JSON.parse(run.trimmedResponse).data[0].embedding).toHaveLength(1536);
  });

  it("reads only a 200 answer, failing other statuses with the gateway's own message", async () => {
    const refused = await failure(runAgainstDevGateway(gateway, generated, CHAT, { messages: question, model: "not-a-model" }));
    expect(refused.debugReason).toMatch(/^execute tool failed : http request failed, status=40\d [A-Za-z ]+\nresp=\{"error"/);
  });
});

describe("what the model sees (Openapi3Operation.ToEinoSchemaParameterInfo)", () => {
  function visibleFields(parameters: Record<string, VisibleParameter>): VisibleParameter[] {
    return Object.values(parameters).flatMap((parameter) => [
      parameter,
      ...visibleFields(parameter.properties ?? {}),
      ...(parameter.items ? visibleFields({ items: parameter.items }) : []),
    ]);
  }

  it("is name, summary and per field type, description, required and nesting: enums, defaults and limits only as words", () => {
    const small = smallSpec({ type: "object", properties: { format: { type: "string", enum: ["float"], default: "float" } } });
    expect(modelVisibleTool(small, "small").parameters).toEqual({ format: { type: "string", description: "", required: false } });

    // Issue 10, finding 4: the old encoding_format description named base64, which its enum excluded.
    const core = requestJsonSchema(getOperation("embeddings"));
    if (!core) throw new Error("embeddings has a body");
    expect(descriptionProblems(bodySchema(before, "/embeddings"), core).join("\n")).toMatch(/encoding_format: the description names base64/);

    for (const tool of ["crazyrouter_chat", "crazyrouter_embeddings", "crazyrouter_generate_image", "crazyrouter_list_models"]) {
      const visible = modelVisibleTool(generated, tool);
      expect(visible.description.length).toBeGreaterThan(50);
      for (const field of visibleFields(visible.parameters))
        expect(Object.keys(field).sort()).toEqual(expect.arrayContaining(["description", "required", "type"]));
    }
    const chat = modelVisibleTool(generated, CHAT);
    expect(chat.parameters.model?.description).toContain(`Default: ${DEFAULT_CHAT_MODEL}.`);
    expect(chat.parameters.model?.required).toBe(false);
    expect(chat.description).toContain('{"messages":[{"role":"user","content":"your question"}]}');
    expect(chat.parameters.messages?.items?.properties?.role?.description).toContain("One of: system, user, assistant.");
    expect(chat.parameters.max_completion_tokens?.description).toContain("Range 1 to 1048576.");
  });

  it("cannot offer a tool with an untyped field at all", () => {
    expect(() => modelVisibleTool(smallSpec({ type: "object", properties: { anything: {} } }), "small")).toThrow("unsupported json type ''");
  });
});

describe("the HTTP call (tool/invocation_http.go)", () => {
  it("adds the Authorization header from the import dialog, never from the model, and the caller's Coze ids", async () => {
    await runAgainstDevGateway(gateway, generated, CHAT, { messages: question, Authorization: "Bearer sk-from-the-model" }, "agent");
    const request = gateway.requests.at(-1);
    expect(request?.headers.authorization).toBe(credentialFingerprint(`Bearer ${gateway.apiKey}`));
    expect(request?.headers["x-aiplugin-connector-identifier"]).toBe(COZE_TEST_USER_ID);
    expect(request?.headers["x-aiplugin-bot-id"]).toBe("7380000000000000002");
    expect(request?.headers["content-type"]).toBe("application/json");
  });
});
