import { ask } from "./ask.js";
import { type ConformanceVector, difference, notExpressible } from "../conformance-vector.js";
import { CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, N8N_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const cli = notExpressible(CLI_REASONS.promptOnly);
const mcp = notExpressible(MCP_REASONS.chatArguments);
const n8n = notExpressible(N8N_REASONS.chatOptions);
const dify = notExpressible(DIFY_REASONS.modelParameters);
const coze = notExpressible(COZE_REASONS.chatFields);
const cozeText = notExpressible(COZE_REASONS.textOnly);

/** Only the core client and the reference SDK can make these calls. */
const coreAndSdkOnly = { cli, mcp, n8n, dify, coze } as const;

// Messages go out exactly as given, so each conversation is written once and used on both sides of a vector.
const frenchHello = [{ role: "system", content: "You answer in French." }, ask("Say hello")];
const briefColours = [{ role: "system", content: "Be brief." }, ask("Name three colours.")];
const adaConversation = [
  { role: "system", content: "You are a terse assistant." },
  ask("My name is Ada."),
  { role: "assistant", content: "Nice to meet you, Ada." },
  ask("What is my name?"),
];
const namedParticipants = [
  { role: "user", name: "alice", content: "Hi, I'm Alice." },
  { role: "assistant", content: "Hello Alice." },
  { role: "user", name: "bob", content: "And I'm Bob. Who spoke first?" },
];
const developerQuestion = [{ role: "developer", content: "Answer in one sentence." }, ask("What is an embedding?")];
const unicodeMessages = [{ role: "system", content: "Réponds en français, s'il te plaît." }, ask("日本語で「こんにちは」と言って。😀 مرحبا Ω≈ç√ e\u0301 👩‍👩‍👧")];
const hardToEscape = 'He said "hi"\nand left.\tTab, backslash \\, slash /, \u2028 \u2029 \u0007 </script> {{ $json }}';
const pictureQuestion = (text: string, imageUrl: Record<string, string>, imageFirst = false) => {
  const parts = [
    { type: "text", text },
    { type: "image_url", image_url: imageUrl },
  ];
  return [{ role: "user", content: imageFirst ? parts.reverse() : parts }];
};
const catPicture = pictureQuestion("What is in this picture?", { url: "https://example.com/cat.png", detail: "high" });
const iconPicture = pictureQuestion("Describe this icon.", {
  url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  detail: "low",
});
const chartPicture = pictureQuestion("Summarise this chart.", { url: "https://example.com/chart.png" }, true);
const jsonColour = [{ role: "system", content: "Reply with a JSON object." }, ask("Give me a colour and its hex code.")];
const colourSchema = {
  type: "json_schema",
  json_schema: {
    name: "colour",
    schema: { type: "object", properties: { name: { type: "string" }, hex: { type: "string" } }, required: ["name", "hex"], additionalProperties: false },
    strict: true,
  },
};

/** Plain chat calls: prompts, conversations, sampling options, content and text that must survive JSON. */
export const chatVectors: ConformanceVector[] = [
  {
    name: "minimal chat, the docs' first check",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Reply only OK")] },
    expected: { body: { model: "gpt-5.4", messages: [ask("Reply only OK")] } },
    realN8n: true,
  },
  {
    name: "system prompt with temperature and max_tokens",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: frenchHello, temperature: 0.2, max_tokens: 64 },
    expected: { body: { model: "claude-sonnet-4-6", messages: frenchHello, temperature: 0.2, max_tokens: 64 } },
    platforms: { cli, coze },
    realN8n: true,
  },
  {
    name: "system prompt with top_p, penalties and a seed",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gemini-3-pro-preview", messages: briefColours, top_p: 0.8, presence_penalty: 0.4, frequency_penalty: 0.3, seed: 7 },
    expected: { body: { model: "gemini-3-pro-preview", messages: briefColours, top_p: 0.8, presence_penalty: 0.4, frequency_penalty: 0.3, seed: 7 } },
    platforms: { cli, mcp, dify, coze },
  },
  {
    name: "multi-turn conversation",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: adaConversation },
    expected: { body: { model: "claude-sonnet-4-6", messages: adaConversation } },
    platforms: { cli },
  },
  {
    name: "multi-turn with named participants",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gemini-3-pro-preview", messages: namedParticipants },
    expected: { body: { model: "gemini-3-pro-preview", messages: namedParticipants } },
    platforms: { cli, coze: notExpressible("the tool's messages carry role and content only") },
  },
  {
    name: "a max_tokens limit on a model that is not a reasoning model",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Summarise the plot of Hamlet.")], max_tokens: 200 },
    expected: { body: { model: "claude-sonnet-4-6", messages: [ask("Summarise the plot of Hamlet.")], max_tokens: 200 } },
    platforms: {
      cli,
      coze: difference(COZE_REASONS.maxCompletionTokens, {
        model: "claude-sonnet-4-6",
        messages: [ask("Summarise the plot of Hamlet.")],
        max_completion_tokens: 200,
      }),
    },
  },
  {
    name: "max_completion_tokens on a model that is not a reasoning model",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Write a limerick about routers.")], max_completion_tokens: 128 },
    expected: { body: { model: "claude-sonnet-4-6", messages: [ask("Write a limerick about routers.")], max_completion_tokens: 128 } },
    platforms: {
      cli,
      mcp: difference(MCP_REASONS.oneLimit, { model: "claude-sonnet-4-6", messages: [ask("Write a limerick about routers.")], max_tokens: 128 }),
      n8n: difference(N8N_REASONS.oneLimit, { model: "claude-sonnet-4-6", messages: [ask("Write a limerick about routers.")], max_tokens: 128 }),
      dify: difference(DIFY_REASONS.oneLimit, { model: "claude-sonnet-4-6", messages: [ask("Write a limerick about routers.")], max_tokens: 128 }),
    },
  },
  {
    name: "newer fields: developer message, verbosity, store, metadata, service tier",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: developerQuestion, verbosity: "low", store: true, metadata: { team: "docs" }, service_tier: "flex" },
    expected: { body: { model: "gpt-5.4", messages: developerQuestion, verbosity: "low", store: true, metadata: { team: "docs" }, service_tier: "flex" } },
    platforms: coreAndSdkOnly,
  },
  {
    name: "alternatives with log probabilities",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gpt-4o", messages: [ask("Pick a random fruit.")], n: 2, logprobs: true, top_logprobs: 3 },
    expected: { body: { model: "gpt-4o", messages: [ask("Pick a random fruit.")], n: 2, logprobs: true, top_logprobs: 3 } },
    platforms: coreAndSdkOnly,
  },
  {
    name: "an explicit end-user id",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Hello")], user: "customer-1234" },
    expected: { body: { model: "claude-sonnet-4-6", messages: [ask("Hello")], user: "customer-1234" } },
    platforms: { ...coreAndSdkOnly, dify: notExpressible("the plugin never sends Dify's end-user id, and Dify has no setting for another one") },
  },
  {
    name: "stop sequences",
    category: "chat",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("List three birds, then write END.")], stop: ["\n\n", "END"] },
    expected: { body: { model: "claude-sonnet-4-6", messages: [ask("List three birds, then write END.")], stop: ["\n\n", "END"] } },
    platforms: { cli, mcp, coze },
  },
  {
    name: "one stop sequence",
    category: "chat",
    operation: "chat_completions",
    input: { model: "gemini-3-pro-preview", messages: [ask("Count until I say STOP.")], stop: "STOP" },
    expected: { body: { model: "gemini-3-pro-preview", messages: [ask("Count until I say STOP.")], stop: ["STOP"] } },
    platforms: {
      cli,
      mcp,
      coze,
      openai: difference(OPENAI_REASONS.oneStop, { model: "gemini-3-pro-preview", messages: [ask("Count until I say STOP.")], stop: "STOP" }),
    },
  },
  {
    name: "unicode in every script",
    category: "content",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: unicodeMessages },
    expected: { body: { model: "claude-sonnet-4-6", messages: unicodeMessages } },
  },
  {
    name: "JSON escaping: quotes, backslashes, control and separator characters",
    category: "content",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask(hardToEscape)] },
    expected: { body: { model: "gpt-5.4", messages: [{ role: "user", content: hardToEscape }] } },
  },
  {
    name: "an image part with high detail",
    category: "content",
    operation: "chat_completions",
    input: { model: "gemini-3-pro-preview", messages: catPicture },
    expected: { body: { model: "gemini-3-pro-preview", messages: catPicture } },
    platforms: { cli, coze: cozeText },
    realN8n: true,
  },
  {
    name: "an image part as a data URL with low detail",
    category: "content",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: iconPicture },
    expected: { body: { model: "gpt-5.4", messages: iconPicture } },
    platforms: { cli, coze: cozeText },
  },
  {
    name: "an image part that leaves detail to the model",
    category: "content",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: chartPicture },
    expected: { body: { model: "claude-sonnet-4-6", messages: chartPicture } },
    platforms: { cli, coze: cozeText, dify: notExpressible(DIFY_REASONS.imageDetail) },
  },
  {
    name: "JSON reply: json_object",
    category: "reply format",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: jsonColour, response_format: { type: "json_object" } },
    expected: { body: { model: "gpt-5.4", messages: jsonColour, response_format: { type: "json_object" } } },
    platforms: { cli, mcp },
  },
  {
    name: "JSON reply: json_schema",
    category: "reply format",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Give me a colour and its hex code.")], response_format: colourSchema },
    expected: { body: { model: "claude-sonnet-4-6", messages: [ask("Give me a colour and its hex code.")], response_format: colourSchema } },
    platforms: { cli, mcp, coze },
  },
  {
    name: "extraBody: a field the client does not know yet",
    category: "pass-through",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Summarise our style guide.")], prompt_cache_key: "style-guide" },
    extraBody: { prompt_cache_retention: "24h" },
    expected: { body: { model: "gpt-5.4", messages: [ask("Summarise our style guide.")], prompt_cache_key: "style-guide", prompt_cache_retention: "24h" } },
    platforms: coreAndSdkOnly,
  },
  {
    name: "extraBody: a vendor field beside known ones",
    category: "pass-through",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Think, then answer: 17 * 23?")], max_tokens: 4096 },
    extraBody: { thinking: { type: "enabled", budget_tokens: 2048 } },
    expected: {
      body: {
        model: "claude-sonnet-4-6",
        messages: [ask("Think, then answer: 17 * 23?")],
        max_tokens: 4096,
        thinking: { type: "enabled", budget_tokens: 2048 },
      },
    },
    platforms: coreAndSdkOnly,
  },
];
