import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { lazySchema } from "./lazy-schema.js";

// The core is imported only inside the tests, after the spy is in place and the module cache is cleared, so its
// schema modules are evaluated under observation.

/**
 * Every description zod registers from now on. `.describe()` registers its schema in zod's global registry, and
 * every operation schema describes its fields, so a schema that is built shows up here with its descriptions.
 */
function recordDescriptions(): string[] {
  vi.resetModules();
  const descriptions: string[] = [];
  const add = z.globalRegistry.add.bind(z.globalRegistry);
  vi.spyOn(z.globalRegistry, "add").mockImplementation((schema, ...meta) => {
    const description = (meta[0] as { description?: unknown } | undefined)?.description;
    if (typeof description === "string") descriptions.push(description);
    return add(schema, ...meta);
  });
  return descriptions;
}

afterEach(() => vi.restoreAllMocks());

describe("lazySchema", () => {
  it("builds on the first call, once, and hands every caller that one instance", () => {
    const build = vi.fn(() => z.string());
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    const first = schema();
    expect(schema()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe("the core's operation schemas", () => {
  // Descriptions of fields of the chat, embeddings and image requests and of the models answer.
  const chatMessages = "The conversation so far, oldest first: a list of {role, content}. Put instructions in a system message.";
  const embeddingsDimensions = "Shorten vectors to this length. Only text-embedding-3 models support it; leave unset for the model's native length.";
  const imagePrompt = "What the image should show, in plain words.";
  const modelsData = "The models this key may call.";

  it("are not built by importing the core, and each operation builds only its own, once", async () => {
    const described = recordDescriptions();
    const core = await import("../index.js");
    const internal = await import("../internal.js");
    expect(described).toEqual([]);

    const models = core.listModelsOperation.response;
    expect(described).toContain(modelsData);
    expect(described).not.toContain(chatMessages);
    expect(described).not.toContain(embeddingsDimensions);
    expect(described).not.toContain(imagePrompt);
    expect(core.listModelsOperation.response).toBe(models);
    expect(internal.listModelsResponseSchema()).toBe(models);

    const chat = core.chatCompletionsOperation.request;
    expect(described.filter((text) => text === chatMessages)).toHaveLength(1);
    expect(core.chatCompletionsOperation.request).toBe(chat);
    expect(internal.chatCompletionRequestSchema()).toBe(chat);
    expect(described.filter((text) => text === chatMessages)).toHaveLength(1);
  });

  it("a client that lists models builds no schema for a well-formed answer, and only the models answer's for another", async () => {
    const described = recordDescriptions();
    const { createClient } = await import("../client/create-client.js");
    const client = (answer: unknown) => {
      const body = JSON.stringify(answer);
      return createClient({
        apiKey: "sk-test-0123456789",
        baseUrl: "https://gateway.test/v1",
        transport: async () => ({
          status: 200,
          headers: { get: () => undefined },
          body: (async function* () {
            yield new TextEncoder().encode(body);
          })(),
        }),
        timers: { now: () => 0, sleep: async () => undefined, schedule: () => () => undefined },
        retry: { maxRetries: 0 },
      });
    };
    expect(described).toEqual([]);
    expect((await client({ object: "list", data: [{ id: "gpt-5.4", object: "model" }] }).listModels()).ids).toEqual(["gpt-5.4"]);
    expect(described).toEqual([]);

    await expect(client({ object: "list", data: [{ object: "model" }] }).listModels()).rejects.toMatchObject({ code: "invalid_response" });
    expect(described).toContain(modelsData);
    expect(described).not.toContain(chatMessages);
    expect(described).not.toContain(embeddingsDimensions);
    expect(described).not.toContain(imagePrompt);
  });
});
