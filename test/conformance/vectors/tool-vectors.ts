import { ask } from "./ask.js";
import { type ConformanceVector, difference, notExpressible } from "../conformance-vector.js";
import { CLI_REASONS, COZE_REASONS, DIFY_REASONS, MCP_REASONS, N8N_REASONS, OPENAI_REASONS } from "../platform-reasons.js";

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Current weather for a city.",
    parameters: { type: "object", properties: { city: { type: "string", description: "City name" } }, required: ["city"] },
  },
};

const lookupOrderTool = {
  type: "function",
  function: {
    name: "lookup_order",
    description: "Find an order by its number.",
    parameters: { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"], additionalProperties: false },
    strict: true,
  },
};

/** The model asked for the weather tool, and the tool answered: both go back to the model as they are. */
const weatherRoundTrip = [
  ask("What's the weather in Paris?"),
  { role: "assistant", content: null, tool_calls: [{ id: "call_abc123", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }] },
  { role: "tool", tool_call_id: "call_abc123", content: '{"temp_c":18,"sky":"clear"}' },
];

const noTools = {
  cli: notExpressible(CLI_REASONS.promptOnly),
  mcp: notExpressible(MCP_REASONS.chatArguments),
  n8n: notExpressible(N8N_REASONS.noTools),
  coze: notExpressible(COZE_REASONS.noTools),
} as const;

/** Function calling: tools offered, a forced call, and a whole round trip with the tool's answer. */
export const toolVectors: ConformanceVector[] = [
  {
    name: "tools: a function the model may call",
    category: "tools",
    operation: "chat_completions",
    input: { model: "gpt-5.4", messages: [ask("What's the weather in Paris?")], tools: [weatherTool] },
    expected: { body: { model: "gpt-5.4", messages: [ask("What's the weather in Paris?")], tools: [weatherTool] } },
    platforms: noTools,
  },
  {
    name: "tools: a forced call with a strict schema and no parallel calls",
    category: "tools",
    operation: "chat_completions",
    input: {
      model: "claude-sonnet-4-6",
      messages: [ask("Where is order 8812?")],
      tools: [lookupOrderTool],
      tool_choice: { type: "function", function: { name: "lookup_order" } },
      parallel_tool_calls: false,
    },
    expected: {
      body: {
        model: "claude-sonnet-4-6",
        messages: [ask("Where is order 8812?")],
        tools: [lookupOrderTool],
        tool_choice: { type: "function", function: { name: "lookup_order" } },
        parallel_tool_calls: false,
      },
    },
    platforms: { ...noTools, dify: notExpressible(DIFY_REASONS.toolChoice) },
  },
  {
    name: "a tool round trip: the call and the tool's answer",
    category: "tools",
    operation: "chat_completions",
    input: {
      model: "gpt-5.4",
      messages: weatherRoundTrip,
      tools: [weatherTool],
    },
    expected: {
      body: {
        model: "gpt-5.4",
        messages: weatherRoundTrip,
        tools: [weatherTool],
      },
    },
    platforms: noTools,
  },
  {
    name: "streaming with tools, as Dify's agents call",
    category: "tools",
    operation: "chat_completions",
    input: { model: "claude-sonnet-4-6", messages: [ask("Is it raining in Oslo?")], tools: [weatherTool], stream: true },
    expected: {
      body: {
        model: "claude-sonnet-4-6",
        messages: [ask("Is it raining in Oslo?")],
        tools: [weatherTool],
        stream: true,
        stream_options: { include_usage: true },
      },
    },
    platforms: {
      ...noTools,
      openai: difference(OPENAI_REASONS.streamUsage, {
        model: "claude-sonnet-4-6",
        messages: [ask("Is it raining in Oslo?")],
        tools: [weatherTool],
        stream: true,
      }),
    },
  },
];
