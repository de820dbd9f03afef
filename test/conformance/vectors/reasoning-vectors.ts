import { ask } from "./ask.js";
import { type ConformanceVector, difference, notExpressible } from "../conformance-vector.js";
import { both, CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, N8N_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const cli = notExpressible(CLI_REASONS.promptOnly);
const mcp = notExpressible(MCP_REASONS.chatArguments);
const n8n = notExpressible(N8N_REASONS.chatOptions);
const dify = notExpressible(DIFY_REASONS.modelParameters);
const coze = notExpressible(COZE_REASONS.chatFields);

// What the reference SDK sends as given, and core sends without the fields reasoning models refuse.
const primeWithSampling = {
  model: "gpt-5.4",
  messages: [ask("Name a prime above 100.")],
  max_completion_tokens: 128,
  top_p: 0.5,
  presence_penalty: 0.2,
  frequency_penalty: 0.2,
};
const yesNoWithLogprobs = { model: "o3", messages: [ask("Say yes or no.")], logprobs: true, top_logprobs: 2, logit_bias: { "50256": -100 } };

/**
 * Reasoning models (gpt-5*, o1-o9): a limit given as max_tokens goes out as max_completion_tokens, and the
 * sampling fields they refuse are left out (core warns). The reference SDK sends what it is given.
 */
export const reasoningVectors: ConformanceVector[] = [
  {
    name: "reasoning model with a max_tokens limit",
    category: "reasoning",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Explain recursion in one paragraph.")], max_tokens: 256 },
    expected: { body: { model: "gpt-5.4", messages: [ask("Explain recursion in one paragraph.")], max_completion_tokens: 256 } },
    platforms: {
      cli,
      openai: difference(OPENAI_REASONS.maxTokens, { model: "gpt-5.4", messages: [ask("Explain recursion in one paragraph.")], max_tokens: 256 }),
    },
    realN8n: true,
  },
  {
    name: "reasoning model (o3) with max_tokens and a temperature, which core leaves out",
    category: "reasoning",
    operation: "chat_completions",
    input: { model: "o3", messages: [ask("Prove that there are infinitely many primes.")], max_tokens: 512, temperature: 0.7 },
    expected: { body: { model: "o3", messages: [ask("Prove that there are infinitely many primes.")], max_completion_tokens: 512 } },
    platforms: {
      cli,
      dify,
      coze,
      openai: difference(both(OPENAI_REASONS.maxTokens, OPENAI_REASONS.sampling), {
        model: "o3",
        messages: [ask("Prove that there are infinitely many primes.")],
        max_tokens: 512,
        temperature: 0.7,
      }),
    },
  },
  {
    name: "reasoning model with top_p and penalties, which core leaves out",
    category: "reasoning",
    operation: "chat_completions",
    input: primeWithSampling,
    expected: { body: { model: "gpt-5.4", messages: [ask("Name a prime above 100.")], max_completion_tokens: 128 } },
    platforms: {
      cli,
      mcp,
      dify,
      coze,
      openai: difference(OPENAI_REASONS.sampling, primeWithSampling),
    },
  },
  {
    name: "reasoning model with log probabilities and a logit bias, which core leaves out",
    category: "reasoning",
    operation: "chat_completions",
    input: yesNoWithLogprobs,
    expected: { body: { model: "o3", messages: [ask("Say yes or no.")] } },
    platforms: {
      cli,
      mcp,
      n8n,
      dify,
      coze,
      openai: difference(OPENAI_REASONS.sampling, yesNoWithLogprobs),
    },
  },
  {
    name: "reasoning effort xhigh with a completion limit",
    category: "reasoning",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Plan a three-day trip to Kyoto.")], reasoning_effort: "xhigh", max_completion_tokens: 2048 },
    expected: {
      body: { model: "gpt-5.4", messages: [ask("Plan a three-day trip to Kyoto.")], reasoning_effort: "xhigh", max_completion_tokens: 2048 },
    },
    platforms: { cli, mcp, coze },
  },
];

const streamMcp = notExpressible(MCP_REASONS.noStreaming);
const streamN8n = notExpressible(N8N_REASONS.noStreaming);
const streamCoze = notExpressible(COZE_REASONS.noStreaming);
const usage = { stream: true, stream_options: { include_usage: true } };

/** Streamed replies: `stream: true` and usage asked for in the last chunk, on every platform that streams. */
export const streamingVectors: ConformanceVector[] = [
  {
    name: "streaming: the minimal call",
    category: "streaming",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Count to five.")], stream: true },
    expected: { body: { model: "gpt-5.4", messages: [ask("Count to five.")], ...usage } },
    platforms: {
      mcp: streamMcp,
      n8n: streamN8n,
      coze: streamCoze,
      openai: difference(OPENAI_REASONS.streamUsage, { model: "gpt-5.4", messages: [ask("Count to five.")], stream: true }),
    },
  },
  {
    name: "streaming with a system prompt",
    category: "streaming",
    operation: "chat_completions",
    input: {
      model: "claude-sonnet-4-6",
      messages: [{ role: "system", content: "Answer in haiku." }, ask("Describe the sea.")],
      stream: true,
    },
    expected: {
      body: {
        model: "claude-sonnet-4-6",
        messages: [{ role: "system", content: "Answer in haiku." }, ask("Describe the sea.")],
        ...usage,
      },
    },
    platforms: {
      mcp: streamMcp,
      n8n: streamN8n,
      coze: streamCoze,
      openai: difference(OPENAI_REASONS.streamUsage, {
        model: "claude-sonnet-4-6",
        messages: [{ role: "system", content: "Answer in haiku." }, ask("Describe the sea.")],
        stream: true,
      }),
    },
  },
  {
    name: "streaming a reasoning model with max_tokens",
    category: "streaming",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("Write a short poem about rain.")], max_tokens: 300, stream: true },
    expected: { body: { model: "gpt-5.4", messages: [ask("Write a short poem about rain.")], max_completion_tokens: 300, ...usage } },
    platforms: {
      cli,
      mcp: streamMcp,
      n8n: streamN8n,
      coze: streamCoze,
      openai: difference(both(OPENAI_REASONS.maxTokens, OPENAI_REASONS.streamUsage), {
        model: "gpt-5.4",
        messages: [ask("Write a short poem about rain.")],
        max_tokens: 300,
        stream: true,
      }),
    },
  },
  {
    name: "streaming with the caller's own stream options",
    category: "streaming",
    operation: "chat_completions",
    input: { model: "gemini-3-pro-preview", messages: [ask("Tell me a fact.")], stream: true, stream_options: { include_obfuscation: false } },
    expected: {
      body: {
        model: "gemini-3-pro-preview",
        messages: [ask("Tell me a fact.")],
        stream: true,
        stream_options: { include_usage: true, include_obfuscation: false },
      },
    },
    platforms: {
      cli,
      mcp: streamMcp,
      n8n: streamN8n,
      dify,
      coze: streamCoze,
      openai: difference(OPENAI_REASONS.streamUsage, {
        model: "gemini-3-pro-preview",
        messages: [ask("Tell me a fact.")],
        stream: true,
        stream_options: { include_obfuscation: false },
      }),
    },
  },
];
