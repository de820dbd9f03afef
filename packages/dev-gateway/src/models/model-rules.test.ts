import { describe, expect, test } from "vitest";
import { postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";
import { startDevGateway } from "../start-dev-gateway.js";

const MODELS = [
  "gpt-5.4",
  "gpt-5-mini",
  "o3",
  "o4-mini",
  "gpt-4o",
  "claude-sonnet-4-6",
  "text-embedding-3-small",
  "text-embedding-3-large",
  "text-embedding-ada-002",
  "gpt-image-2",
  "qwen-image",
  "dall-e-3",
  "custom-embedding",
];
const ask = (model: string, fields: Record<string, unknown> = {}) => ({ model, messages: [{ role: "user", content: "hi" }], ...fields });

/** The upstream models' own refusals, played by the dev gateway's catalogue, in OpenAI's words. */
describe("model rules", () => {
  const gateway = useDevGateway({ models: MODELS });
  const chat = (body: unknown) => postJson(gateway(), "/chat/completions", body);

  describe("reasoning models (o-series, gpt-5 family)", () => {
    test.each(["gpt-5.4", "gpt-5-mini", "o3", "o4-mini"])("%s refuses max_tokens and names max_completion_tokens", async (model) => {
      const response = await chat(ask(model, { max_tokens: 100 }));
      expect(response.status).toBe(400);
      expect((await readJson(response)).error).toEqual({
        message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        type: "invalid_request_error",
        param: "max_tokens",
        code: "unsupported_parameter",
      });
      expect((await chat(ask(model, { max_completion_tokens: 100 }))).status).toBe(200);
    });

    test("a temperature other than the default 1 is an unsupported value; 1 is accepted", async () => {
      const response = await chat(ask("o3", { temperature: 0.2 }));
      expect((await readJson(response)).error).toEqual({
        message: "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
        type: "invalid_request_error",
        param: "temperature",
        code: "unsupported_value",
      });
      expect((await chat(ask("o3", { temperature: 1 }))).status).toBe(200);
    });

    test.each([
      ["top_p", 0.9],
      ["presence_penalty", 0.5],
      ["frequency_penalty", 0.5],
      ["logprobs", true],
      ["logit_bias", { "50256": -100 }],
    ])("%s is an unsupported parameter", async (field, value) => {
      const response = await chat(ask("gpt-5.4", { [field]: value }));
      expect(response.status).toBe(400);
      expect((await readJson(response)).error).toMatchObject({ param: field, code: "unsupported_parameter" });
    });

    test("gpt-5.1 and later take sampling fields with reasoning_effort none; gpt-5 and o-series do not", async () => {
      const sampling = { temperature: 0.2, top_p: 0.9, reasoning_effort: "none" };
      expect((await chat(ask("gpt-5.4", sampling))).status).toBe(200);
      expect((await chat(ask("gpt-5.4", { ...sampling, reasoning_effort: "low" }))).status).toBe(400);
      expect((await chat(ask("gpt-5-mini", sampling))).status).toBe(400);
      expect((await chat(ask("o3", sampling))).status).toBe(400);
      // Penalties stay refused either way.
      expect((await chat(ask("gpt-5.4", { reasoning_effort: "none", presence_penalty: 0.5 }))).status).toBe(400);
    });
  });

  test("OpenAI's older chat models take max_tokens and temperature but refuse reasoning_effort", async () => {
    expect((await chat(ask("gpt-4o", { max_tokens: 10, temperature: 0.2, top_p: 0.5 }))).status).toBe(200);
    const response = await chat(ask("gpt-4o", { reasoning_effort: "low" }));
    expect((await readJson(response)).error).toMatchObject({
      message: "Unrecognized request argument supplied: reasoning_effort",
      param: "reasoning_effort",
    });
  });

  test("other vendors' chat models take every valid field", async () => {
    const body = ask("claude-sonnet-4-6", { max_tokens: 10, temperature: 0.2, top_p: 0.5, reasoning_effort: "high", logprobs: true });
    expect((await chat(body)).status).toBe(200);
  });

  describe("a model on a route it does not serve", () => {
    test("a chat model sent to /embeddings gets OpenAI's 403", async () => {
      const response = await postJson(gateway(), "/embeddings", { model: "gpt-5.4", input: "x" });
      expect(response.status).toBe(403);
      expect((await readJson(response)).error).toEqual({
        message: "You are not allowed to generate embeddings from this model",
        type: "invalid_request_error",
        param: null,
        code: null,
      });
      const imageModel = await postJson(gateway(), "/embeddings", { model: "gpt-image-2", input: "x" });
      expect(imageModel.status).toBe(403);
    });

    test("a chat or embedding model sent to /images/generations gets 400 listing the image models", async () => {
      for (const model of ["gpt-5.4", "text-embedding-3-small"]) {
        const response = await postJson(gateway(), "/images/generations", { model, prompt: "x" });
        expect(response.status).toBe(400);
        expect((await readJson(response)).error).toEqual({
          message: `Invalid value: '${model}'. Supported values are: 'gpt-image-2', 'qwen-image', and 'dall-e-3'.`,
          type: "invalid_request_error",
          param: "model",
          code: "invalid_value",
        });
      }
    });

    test("an embedding or image model sent to chat is not a chat model (404)", async () => {
      for (const model of ["text-embedding-3-small", "qwen-image"]) {
        const response = await chat(ask(model));
        expect(response.status).toBe(404);
        expect((await readJson(response)).error).toMatchObject({
          message: "This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?",
          param: "model",
        });
      }
    });

    test("a model the catalogue does not know is served on every route", async () => {
      expect((await postJson(gateway(), "/embeddings", { model: "custom-embedding", input: "x", dimensions: 64 })).status).toBe(200);
      expect((await chat(ask("custom-embedding"))).status).toBe(200);
    });
  });

  describe("embedding models", () => {
    test("text-embedding-ada-002 cannot shorten its vectors", async () => {
      const response = await postJson(gateway(), "/embeddings", { model: "text-embedding-ada-002", input: "x", dimensions: 512 });
      expect(response.status).toBe(400);
      expect((await readJson(response)).error).toMatchObject({ message: "This model does not support specifying dimensions.", param: "dimensions" });
    });

    test("dimensions may shorten but not lengthen", async () => {
      const native = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-large", input: "x", dimensions: 3072 });
      expect((await readJson(native)).data[0].embedding).toHaveLength(3072);
      const longer = await postJson(gateway(), "/embeddings", { model: "text-embedding-3-small", input: "x", dimensions: 3072 });
      expect(longer.status).toBe(400);
      expect((await readJson(longer)).error).toMatchObject({ param: "dimensions", code: "integer_above_max_value" });
    });
  });

  describe("image models", () => {
    const draw = (fields: Record<string, unknown>) => postJson(gateway(), "/images/generations", { prompt: "a fox", ...fields });

    test("dall-e-3 makes one image per request and takes its three sizes", async () => {
      expect((await readJson(await draw({ model: "dall-e-3", n: 2 }))).error).toMatchObject({ param: "n", code: "integer_above_max_value" });
      const size = await readJson(await draw({ model: "dall-e-3", size: "512x512" }));
      expect(size.error).toMatchObject({
        message: "Invalid value: '512x512'. Supported values are: '1024x1024', '1792x1024', and '1024x1792'.",
        param: "size",
      });
      expect((await draw({ model: "dall-e-3", size: "1792x1024", response_format: "b64_json" })).status).toBe(200);
    });

    test("dall-e-3 prompts stop at 4000 characters", async () => {
      const response = await draw({ model: "dall-e-3", prompt: "x".repeat(4001) });
      expect((await readJson(response)).error).toMatchObject({ param: "prompt", code: "string_above_max_length" });
    });

    test("gpt-image-2 takes free sizes in multiples of 16 within 3:1 and 3840x2160", async () => {
      for (const size of ["auto", "1536x864", "3840x2160", "512x256"]) expect((await draw({ model: "gpt-image-2", size })).status, size).toBe(200);
      for (const size of ["1000x1000", "4000x1008", "3840x1024", "big"]) {
        const response = await draw({ model: "gpt-image-2", size });
        expect(response.status, size).toBe(400);
        expect((await readJson(response)).error.param).toBe("size");
      }
    });
  });

  test("the key's whitelist (403) and unknown models (404) come before the contract", async () => {
    const restricted = await startDevGateway({ models: MODELS, allowedModels: ["gpt-5.4"] });
    try {
      const denied = await postJson(restricted, "/chat/completions", { model: "claude-sonnet-4-6", messages: [] });
      expect(denied.status).toBe(403);
      const unknown = await postJson(restricted, "/embeddings", { model: "gpt-0", input: "" });
      expect(unknown.status).toBe(403);
    } finally {
      await restricted.close();
    }
    const missing = await postJson(gateway(), "/images/generations", { model: "flux-9", prompt: "" });
    expect(missing.status).toBe(404);
    expect((await readJson(missing)).error.code).toBe("model_not_found");
    // The reference's default image model is dall-e-2, which this gateway does not list.
    const unnamed = await postJson(gateway(), "/images/generations", { prompt: "x" });
    expect((await readJson(unnamed)).error).toMatchObject({ code: "model_not_found", message: expect.stringContaining("dall-e-2") });
  });

  test("fault models pass the model rules and answer as the route's default model", async () => {
    const response = await chat(ask("fault-500", { max_tokens: 10, temperature: 0.3 }));
    expect(response.status).toBe(500);
    const afterwards = await postJson(gateway(), "/chat/completions", ask("fault-500", { max_tokens: 10 }), { "x-dev-gateway-fault": "500; times=0" });
    expect(afterwards.status).toBe(200);
    expect((await readJson(afterwards)).model).toBe("gpt-5.4");
  });
});
