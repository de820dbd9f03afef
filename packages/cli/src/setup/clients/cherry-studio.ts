import { formatBaseUrlForClient } from "@crazyrouter/core";
import { cherryStudioConfig, cherryStudioInstallLink, MCP_NODE_REQUIREMENT, MCPB_FILE } from "@crazyrouter/mcp";
import { chatModelIds } from "../chat-model-ids.js";
import { bundlePathOrPlaceholder, mcpFilesSource } from "../mcp-files.js";
import { mcpLaunchOptions } from "../mcp-launch-options.js";
import type { SetupClient } from "../setup-client.js";

const SUGGESTED_MODELS = 4;

/** Cherry Studio: an OpenAI-type provider with the root URL, plus the MCP server by JSON or deep link. */
export const cherryStudio: SetupClient = {
  id: "cherry-studio",
  title: "Cherry Studio",
  summary: "an OpenAI-type model provider (root URL), and the MCP server as JSON or a one-click link",
  usesModelList: true,
  render(context) {
    const root = formatBaseUrlForClient(context.baseUrl, "cherry-studio");
    const mcp = cherryStudioConfig(mcpLaunchOptions(context));
    const suggested = chatModelIds(context.models.ids).slice(0, SUGGESTED_MODELS);
    const lines = [
      "1. Model provider: Settings, Model Services, Add.",
      "",
      "Provider name: Crazyrouter",
      "Provider type: OpenAI",
      `API Key: ${context.key.value}`,
      `API URL: ${root}`,
      "",
      `Then Check, switch the provider on, open Manage to fetch the models and add them with +: ${suggested.join(", ")} (start with ${context.chatModel} alone).`,
      `API URL is the root form: Cherry Studio adds /v1/chat/completions itself, so ${formatBaseUrlForClient(context.baseUrl, "openai-sdk")} there answers 404.`,
      "If Check fails although key and URL look right, it may be testing an invalid model at the end of the list: keep one model and Check again.",
      "",
      "2. MCP tools (chat, embeddings, images, model list): after the chat path works, Settings, MCP Servers, Add, Import from JSON:",
      "",
      JSON.stringify(mcp, null, 2),
      "",
      "Or open this link to install the server in one click (it carries the same JSON, key included):",
      "",
      cherryStudioInstallLink(mcp),
    ];
    if (context.key.kind !== "full") lines.push("", "The JSON and the link carry the key as shown above: set the real key in the server's environment after importing.");
    lines.push(
      "",
      `3. Without npm: Import from JSON with the single-file server instead (Cherry Studio starts it with the Node.js ${MCP_NODE_REQUIREMENT} on your PATH):`,
      "",
      JSON.stringify(cherryStudioConfig({ ...mcpLaunchOptions(context), bundlePath: bundlePathOrPlaceholder(context) }), null, 2),
      "",
      `Or import the bundle, ${context.mcpFiles.mcpb ?? MCPB_FILE} (Add, import a DXT/MCPB file), then add CRAZYROUTER_API_KEY=<your key> to its environment variables`,
      "(Cherry Studio does not ask for a bundle's settings).",
      ...mcpFilesSource(context),
    );
    return lines.join("\n");
  },
};
