import { ask } from "./ask.js";
import { type ConformanceVector, difference, notExpressible } from "../conformance-vector.js";
import { CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, N8N_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const cli = notExpressible(CLI_REASONS.promptOnly);
const mcp = notExpressible(MCP_REASONS.chatArguments);
const n8n = notExpressible(N8N_REASONS.chatOptions);
const dify = notExpressible(DIFY_REASONS.modelParameters);
const coze = notExpressible(COZE_REASONS.chatFields);

const logo = { type: "image_url", image_url: { url: "https://example.com/logo.png" } };
// Refused by core before sending; the reference SDK sends them as given.
const systemImage = { model: "gpt-5.4", messages: [{ role: "system", content: [logo] }, ask("Hi")] };
const assistantImage = { model: "claude-sonnet-4-6", messages: [ask("Draw a cat."), { role: "assistant", content: [logo] }, ask("Again, bigger.")] };

/**
 * Calls the API answers with 400: refused before anything is sent, by every platform that can express them. The
 * reference SDK sends them anyway (it checks nothing), which is the difference listed. `refused` is text the
 * core's error message names.
 */
export const refusedChatVectors: ConformanceVector[] = [
  {
    name: "refused: an image part in a system message",
    category: "refused",
    operation: "chat_completions",
    input: systemImage,
    expected: { refused: "messages[0]" },
    platforms: {
      cli,
      dify: notExpressible(DIFY_REASONS.systemImages),
      coze: notExpressible(COZE_REASONS.textOnly),
      openai: difference(OPENAI_REASONS.sentAnyway, systemImage),
    },
  },
  {
    name: "refused: an image part in an assistant message",
    category: "refused",
    operation: "chat_completions",
    input: assistantImage,
    expected: { refused: "messages[1]" },
    platforms: {
      cli,
      dify: notExpressible(DIFY_REASONS.systemImages),
      coze: notExpressible(COZE_REASONS.textOnly),
      openai: difference(OPENAI_REASONS.sentAnyway, assistantImage),
    },
  },
  {
    name: "refused: a json_schema reply format without a schema",
    category: "refused",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Answer in JSON.")], response_format: { type: "json_schema", json_schema: { name: "answer" } } },
    expected: { refused: "response_format.json_schema.schema" },
    platforms: {
      cli,
      mcp,
      n8n: notExpressible(N8N_REASONS.noSchema),
      coze,
      openai: difference(OPENAI_REASONS.sentAnyway, {
        model: "claude-sonnet-4-6",
        messages: [ask("Answer in JSON.")],
        response_format: { type: "json_schema", json_schema: { name: "answer" } },
      }),
    },
  },
  {
    name: "refused: both max_tokens and max_completion_tokens",
    category: "refused",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Hello")], max_tokens: 100, max_completion_tokens: 100 },
    expected: { refused: "max_completion_tokens" },
    platforms: {
      cli,
      mcp: notExpressible("the chat tool offers one limit, max_tokens"),
      n8n: notExpressible("the node offers one limit, Maximum Tokens"),
      dify: notExpressible("Dify offers one limit, Max Tokens"),
      coze: notExpressible("the chat tool offers one limit, max_completion_tokens"),
      openai: difference(OPENAI_REASONS.sentAnyway, { model: "claude-sonnet-4-6", messages: [ask("Hello")], max_tokens: 100, max_completion_tokens: 100 }),
    },
  },
  {
    name: "refused: a field the client does not know, outside extraBody",
    category: "refused",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Hello")], brand_new_field: true },
    expected: { refused: "brand_new_field" },
    platforms: {
      cli,
      mcp,
      n8n,
      dify,
      coze,
      openai: difference(OPENAI_REASONS.sentAnyway, { model: "gpt-5.4", messages: [ask("Hello")], brand_new_field: true }),
    },
  },
  {
    name: "refused: extraBody overriding a field the request sets",
    category: "refused",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Hello")], seed: 1 },
    extraBody: { seed: 2 },
    expected: { refused: "extraBody.seed" },
    platforms: { cli, mcp, n8n, dify, coze, openai: notExpressible(OPENAI_REASONS.duplicateField) },
  },
];
