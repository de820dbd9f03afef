import { formatBaseUrlForClient } from "@crazyrouter/core";
import { cherryStudioConfig, cherryStudioInstallLink, MCP_NODE_REQUIREMENT, MCPB_FILE } from "@crazyrouter/mcp";
import { chatModelIds } from "../chat-model-ids.js";
import { bundlePathOrPlaceholder, mcpFilesSource } from "../mcp-files.js";
import { mcpLaunchOptions } from "../mcp-launch-options.js";
import type { SetupClient } from "../setup-client.js";
import type { SetupContext } from "../setup-context.js";

const SUGGESTED_MODELS = 4;

/**
 * The one-click link carries no key unless it was asked for whole (--show-key): Cherry Studio stores what the link
 * holds without showing it, and a masked or placeholder key there is a server that fails at its first tool call.
 */
function installLinkLines(context: SetupContext): string[] {
  const withKey = context.key.kind === "full";
  const link = cherryStudioInstallLink(cherryStudioConfig({ ...mcpLaunchOptions(context), apiKey: withKey ? context.key.value : null }));
  return withKey
    ? ["Or open this link to install the server in one click. It carries your key whole (--show-key): share it only as you would the key.", "", link]
    : [
        "Or open this link to install the server in one click. It carries no key: after the import, open the server and paste",
        "CRAZYROUTER_API_KEY=<your sk-... key> into its Environment Variables box (until then each tool call says the key is missing).",
        "Rerun with --show-key for a link that carries the key itself.",
        "",
        link,
      ];
}

/** Cherry Studio: an OpenAI-type provider with the root URL, plus the MCP server by JSON or deep link. */
export const cherryStudio: SetupClient = {
  id: "cherry-studio",
  title: "Cherry Studio",
  summary: "an OpenAI-type model provider (root URL), and the MCP server as JSON or a one-click link",
  usesModelList: true,
  render(context) {
    const root = formatBaseUrlForClient(context.normalized, "cherry-studio");
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
      "API URL in the root form, as the gateway's guide recommends: Cherry Studio adds /v1/chat/completions itself.",
      `Since v1.7 it also leaves ${formatBaseUrlForClient(context.normalized, "openai-sdk")} (the /v1 form) alone; older versions add another /v1 and answer 404, and a full endpoint path answers 404 in every version.`,
      "If Check fails although key and URL look right, it may be testing an invalid model at the end of the list: keep one model and Check again.",
      "",
      "2. MCP tools (chat, embeddings, images, model list): after the chat path works, Settings, MCP Servers, Add, Import from JSON.",
      "Cherry Studio runs npx servers with its bundled Bun, so this needs no Node.js of yours:",
      "",
      JSON.stringify(mcp, null, 2),
      "",
      ...installLinkLines(context),
    ];
    if (context.key.kind === "masked")
      lines.push("", `The JSON carries the key masked (${context.key.value}): put your real key in its place before importing.`);
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
