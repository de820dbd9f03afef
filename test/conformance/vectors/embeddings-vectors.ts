import { type ConformanceVector, difference, type JsonObject, notExpressible } from "../conformance-vector.js";
import { both, CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, N8N_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const cli = notExpressible(CLI_REASONS.noEmbeddings);

/** Coze asks for float vectors (it cannot decode base64): the same body with that one field changed. */
const cozeFloat = (body: JsonObject) => difference(COZE_REASONS.float, { ...body, encoding_format: "float" });

const tokenLists = {
  cli,
  mcp: notExpressible(MCP_REASONS.tokenLists),
  n8n: notExpressible(N8N_REASONS.tokenLists),
  dify: notExpressible(DIFY_REASONS.tokenLists),
  coze: notExpressible(COZE_REASONS.tokenLists),
} as const;

const threeTexts = ["The quick brown fox", "jumps over", "the lazy dog"];

/** Embeddings: `input` always a list, base64 unless float is asked for, dimensions only where the model takes it. */
export const embeddingsVectors: ConformanceVector[] = [
  {
    name: "embeddings: one text",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: "The quick brown fox" },
    expected: { body: { model: "text-embedding-3-small", input: ["The quick brown fox"], encoding_format: "base64" } },
    platforms: {
      cli,
      coze: cozeFloat({ model: "text-embedding-3-small", input: ["The quick brown fox"] }),
      openai: difference(OPENAI_REASONS.oneText, { model: "text-embedding-3-small", input: "The quick brown fox", encoding_format: "base64" }),
    },
  },
  {
    name: "embeddings: a batch of texts",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: threeTexts },
    expected: { body: { model: "text-embedding-3-small", input: threeTexts, encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-3-small", input: threeTexts }) },
    realN8n: true,
  },
  {
    name: "embeddings: a batch with shortened vectors",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: ["first text", "second text"], dimensions: 256 },
    expected: { body: { model: "text-embedding-3-small", input: ["first text", "second text"], dimensions: 256, encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-3-small", input: ["first text", "second text"], dimensions: 256 }) },
  },
  {
    name: "embeddings: the large model, shortened",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-large", input: ["a longer document about gateways"], dimensions: 1024 },
    expected: { body: { model: "text-embedding-3-large", input: ["a longer document about gateways"], dimensions: 1024, encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-3-large", input: ["a longer document about gateways"], dimensions: 1024 }) },
  },
  {
    name: "embeddings: the large model at its native length",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-large", input: ["alpha", "beta"] },
    expected: { body: { model: "text-embedding-3-large", input: ["alpha", "beta"], encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-3-large", input: ["alpha", "beta"] }) },
  },
  {
    name: "embeddings: text-embedding-ada-002",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-ada-002", input: ["legacy model"] },
    expected: { body: { model: "text-embedding-ada-002", input: ["legacy model"], encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-ada-002", input: ["legacy model"] }) },
  },
  {
    name: "embeddings: unicode texts",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: ["naïve café", "東京タワー", '🙂 "quoted" \\ backslash'] },
    expected: { body: { model: "text-embedding-3-small", input: ["naïve café", "東京タワー", '🙂 "quoted" \\ backslash'], encoding_format: "base64" } },
    platforms: { cli, coze: cozeFloat({ model: "text-embedding-3-small", input: ["naïve café", "東京タワー", '🙂 "quoted" \\ backslash'] }) },
  },
  {
    name: "embeddings: float vectors asked for",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: ["numbers please"], encoding_format: "float" },
    expected: { body: { model: "text-embedding-3-small", input: ["numbers please"], encoding_format: "float" } },
    platforms: { cli, n8n: notExpressible(N8N_REASONS.encoding), dify: notExpressible(DIFY_REASONS.encoding) },
  },
  {
    name: "embeddings: one list of token ids",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: [9906, 1917] },
    expected: { body: { model: "text-embedding-3-small", input: [[9906, 1917]], encoding_format: "base64" } },
    platforms: {
      ...tokenLists,
      openai: difference(OPENAI_REASONS.oneTokenList, { model: "text-embedding-3-small", input: [9906, 1917], encoding_format: "base64" }),
    },
  },
  {
    name: "embeddings: a batch of token id lists",
    category: "embeddings",
    operation: "embeddings",
    input: { model: "text-embedding-3-small", input: [[9906, 1917], [15339]] },
    expected: { body: { model: "text-embedding-3-small", input: [[9906, 1917], [15339]], encoding_format: "base64" } },
    platforms: tokenLists,
  },
  {
    name: "refused: dimensions for text-embedding-ada-002",
    category: "refused",
    operation: "embeddings",
    input: { model: "text-embedding-ada-002", input: ["hello"], dimensions: 256 },
    expected: { refused: "dimensions" },
    platforms: {
      cli,
      coze: difference(both(COZE_REASONS.sentAnyway, COZE_REASONS.float), {
        model: "text-embedding-ada-002",
        input: ["hello"],
        dimensions: 256,
        encoding_format: "float",
      }),
      openai: difference(OPENAI_REASONS.sentAnyway, { model: "text-embedding-ada-002", input: ["hello"], dimensions: 256, encoding_format: "base64" }),
    },
  },
];
