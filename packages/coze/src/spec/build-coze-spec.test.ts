import { regionBaseUrl } from "@crazyrouter/core";
import { describe, expect, it } from "vitest";
import { buildCozeSpec } from "./build-coze-spec.js";

type Node = Record<string, any>;

const spec = buildCozeSpec("global") as Node;
const requestFields = (path: string) => Object.keys(spec.paths[path].post.requestBody.content["application/json"].schema.properties);
const answer = (path: string, method = "post") => spec.paths[path][method].responses["200"].content["application/json"].schema;

describe("buildCozeSpec", () => {
  it("points each region's file at the core's base URL for that region", () => {
    expect(spec.servers).toEqual([{ url: regionBaseUrl("global") }]);
    expect(buildCozeSpec("cn").servers).toEqual([{ url: regionBaseUrl("cn") }]);
  });

  it("offers in the chat tool only what every chat model takes: no streaming, tools or fields a reasoning model refuses", () => {
    expect(requestFields("/chat/completions")).toEqual(["model", "messages", "max_completion_tokens", "response_format"]);
    const responseFormat = spec.paths["/chat/completions"].post.requestBody.content["application/json"].schema.properties.response_format;
    expect(Object.keys(responseFormat.properties)).toEqual(["type"]);
  });

  it("offers message content as plain text and embeddings input as a list of texts", () => {
    const body = (path: string) => spec.paths[path].post.requestBody.content["application/json"].schema.properties;
    expect(body("/chat/completions").messages.items.properties.content.type).toBe("string");
    expect(body("/embeddings").input).toMatchObject({ type: "array", items: { type: "string" }, maxItems: 2048 });
  });

  it("never lets the image tool ask for base64 and says so in its summary", () => {
    expect(requestFields("/images/generations")).not.toContain("response_format");
    expect(spec.paths["/images/generations"].post.summary).toMatch(/links only/);
    expect(Object.keys(answer("/images/generations").properties.data.items.properties)).toEqual(["url", "revised_prompt"]);
  });

  it("shows the model the answer fields it needs, typed", () => {
    const chatChoice = answer("/chat/completions").properties.choices.items.properties;
    expect(Object.keys(chatChoice.message.properties)).toEqual(["role", "content"]);
    expect(chatChoice.finish_reason).toMatchObject({ type: "string", description: expect.stringMatching(/stop/) });
    expect(Object.keys(answer("/chat/completions").properties.usage.properties)).toEqual(["prompt_tokens", "completion_tokens", "total_tokens"]);
    expect(answer("/embeddings").properties.data.items.properties.embedding).toMatchObject({ type: "array", items: { type: "number" } });
    expect(Object.keys(answer("/models", "get").properties.data.items.properties)).toEqual(["id", "owned_by"]);
  });

  it("declares no request body for listing models", () => {
    expect(spec.paths["/models"].get.requestBody).toBeUndefined();
  });
});
