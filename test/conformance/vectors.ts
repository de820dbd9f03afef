import type { OperationId } from "@crazyrouter/core";

/** Placeholder the drivers replace with the key they authenticate with. */
export const API_KEY_PLACEHOLDER = "<api-key>";

/**
 * One logical call and the exact HTTP request it must produce, whichever platform makes it.
 * `input` is what a user asks for (the operation's request fields); `expected.body` is the JSON the
 * gateway must receive for it. Headers listed are the ones that matter; others may vary by platform.
 */
export interface ConformanceVector {
  name: string;
  operation: OperationId;
  input: Record<string, unknown>;
  expected: {
    method: "GET" | "POST";
    path: string;
    headers: Record<string, string>;
    body: Record<string, unknown> | undefined;
  };
}

const jsonHeaders = { authorization: `Bearer ${API_KEY_PLACEHOLDER}`, "content-type": "application/json" };

export const conformanceVectors: readonly ConformanceVector[] = [
  {
    name: "minimal chat, the docs' first check",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [{ role: "user", content: "Reply only OK" }] },
    expected: {
      method: "POST",
      path: "/v1/chat/completions",
      headers: jsonHeaders,
      body: { model: "gpt-5.4", messages: [{ role: "user", content: "Reply only OK" }] },
    },
  },
  {
    name: "chat with system prompt and sampling options",
    operation: "chat_completions",
    input: {
      model: "claude-sonnet-4-6",
      messages: [
        { role: "system", content: "You answer in French." },
        { role: "user", content: "Say hello" },
      ],
      temperature: 0.2,
      max_tokens: 64,
    },
    expected: {
      method: "POST",
      path: "/v1/chat/completions",
      headers: jsonHeaders,
      body: {
        model: "claude-sonnet-4-6",
        messages: [
          { role: "system", content: "You answer in French." },
          { role: "user", content: "Say hello" },
        ],
        temperature: 0.2,
        max_tokens: 64,
      },
    },
  },
  {
    name: "embeddings of two texts with shortened vectors",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: ["first text", "second text"], dimensions: 256, encoding_format: "float" },
    expected: {
      method: "POST",
      path: "/v1/embeddings",
      headers: jsonHeaders,
      body: { model: "text-embedding-3-small", input: ["first text", "second text"], dimensions: 256, encoding_format: "float" },
    },
  },
  {
    name: "one image as a URL",
    operation: "image_generation",
    input: { model: "gpt-image-2", prompt: "a red bicycle", size: "1024x1024", n: 1 },
    expected: {
      method: "POST",
      path: "/v1/images/generations",
      headers: jsonHeaders,
      body: { model: "gpt-image-2", prompt: "a red bicycle", size: "1024x1024", n: 1 },
    },
  },
  {
    name: "list the key's models",
    operation: "list_models",
    input: {},
    expected: {
      method: "GET",
      path: "/v1/models",
      headers: { authorization: `Bearer ${API_KEY_PLACEHOLDER}` },
      body: undefined,
    },
  },
];
