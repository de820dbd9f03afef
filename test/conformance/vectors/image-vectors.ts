import { type ConformanceVector, difference, notExpressible } from "../conformance-vector.js";
import { CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const cli = notExpressible(CLI_REASONS.noImages);

/** Platforms whose image tools ask for no response_format (they show or store the image whatever its form). */
const noResponseFormat = {
  cli,
  mcp: notExpressible(MCP_REASONS.imageArguments),
  dify: notExpressible(DIFY_REASONS.imageArguments),
  coze: notExpressible(COZE_REASONS.imageArguments),
} as const;

/**
 * Image generation: `response_format` only for models that take it (dall-e-2 and -3); the gpt-image family and
 * qwen-image refuse it, so core leaves it out with a warning.
 */
export const imageVectors: ConformanceVector[] = [
  {
    name: "images: one image in the model's own format",
    category: "images",
    operation: "image_generation",
    input: { model: "gpt-image-2", prompt: "a red bicycle", size: "1024x1024" },
    expected: { body: { model: "gpt-image-2", prompt: "a red bicycle", size: "1024x1024" } },
    platforms: { cli },
    realN8n: true,
  },
  {
    name: "images: two as base64 from gpt-image-2, which refuses response_format",
    category: "images",
    operation: "image_generation",
    input: { model: "gpt-image-2", prompt: "two paper cranes", n: 2, response_format: "b64_json" },
    expected: { body: { model: "gpt-image-2", prompt: "two paper cranes", n: 2 } },
    platforms: {
      ...noResponseFormat,
      openai: difference(OPENAI_REASONS.responseFormat, { model: "gpt-image-2", prompt: "two paper cranes", n: 2, response_format: "b64_json" }),
    },
  },
  {
    name: "images: two as base64 from dall-e-2",
    category: "images",
    operation: "image_generation",
    input: { model: "dall-e-2", prompt: "a lighthouse in fog", n: 2, size: "512x512", response_format: "b64_json" },
    expected: { body: { model: "dall-e-2", prompt: "a lighthouse in fog", n: 2, size: "512x512", response_format: "b64_json" } },
    platforms: noResponseFormat,
  },
  {
    name: "images: a link from dall-e-3 in HD",
    category: "images",
    operation: "image_generation",
    input: { model: "dall-e-3", prompt: "a city skyline at night", size: "1792x1024", quality: "hd", response_format: "url" },
    expected: { body: { model: "dall-e-3", prompt: "a city skyline at night", size: "1792x1024", quality: "hd", response_format: "url" } },
    platforms: noResponseFormat,
  },
  {
    name: "images: qwen-image with its own size",
    category: "images",
    operation: "image_generation",
    input: { model: "qwen-image", prompt: "a mountain lake at dawn", size: "1328x1328" },
    expected: { body: { model: "qwen-image", prompt: "a mountain lake at dawn", size: "1328x1328" } },
    platforms: { cli },
  },
  {
    name: "images: two wide images in high quality",
    category: "images",
    operation: "image_generation",
    input: { model: "gpt-image-2", prompt: "a banner of autumn leaves", size: "1536x1024", quality: "high", n: 2 },
    expected: { body: { model: "gpt-image-2", prompt: "a banner of autumn leaves", size: "1536x1024", quality: "high", n: 2 } },
    platforms: { cli, coze: notExpressible(COZE_REASONS.imageArguments) },
  },
  {
    name: "images: a unicode prompt",
    category: "images",
    operation: "image_generation",
    input: { model: "gpt-image-2", prompt: "一只戴着帽子的猫 — a cat in a hat 🎩" },
    expected: { body: { model: "gpt-image-2", prompt: "一只戴着帽子的猫 — a cat in a hat 🎩" } },
    platforms: { cli },
  },
];

/** The model list: a GET with no body. */
export const modelListVectors: ConformanceVector[] = [
  {
    name: "list the key's models",
    category: "models",
    operation: "list_models",
    input: {},
    expected: { body: undefined },
    realN8n: true,
  },
];
