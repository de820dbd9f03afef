import { formatBaseUrlForClient } from "@crazyrouter/core";
import { chatModelIds, embeddingModelIds } from "../chat-model-ids.js";
import type { SetupClient } from "../setup-client.js";

/** Dify: install the generated plugin packages (unsigned), then the key and the `/v1` base. */
export const dify: SetupClient = {
  id: "dify",
  title: "Dify",
  summary: "the plugin packages to install (artifacts/dify/*.difypkg) and the provider's key and /v1 base URL",
  usesModelList: true,
  render(context) {
    const base = formatBaseUrlForClient(context.baseUrl, "dify");
    const packages =
      context.difyPackages.length > 0
        ? context.difyPackages.map((file) => `  ${file}${/image/.test(file) ? "   (image generation tool)" : "   (chat and embedding models)"}`)
        : ["  none found under artifacts/dify yet: run `crazyrouter generate` first, it writes artifacts/dify/*.difypkg"];
    const embeddings = embeddingModelIds(context.models.ids);
    return [
      "1. Install the plugins: Plugins, Install plugin, Local package file:",
      ...packages,
      "The packages are unsigned, so the Dify host must set FORCE_VERIFYING_SIGNATURE=false (docker/.env, for the plugin daemon) and restart, or the install is refused.",
      "",
      "2. Settings, Model Provider, Crazyrouter (a workspace admin or owner can see it):",
      "",
      `API Key: ${context.key.value}`,
      `Base URL: ${base}`,
      "",
      "Dify wants the /v1 form: the root domain or a full endpoint URL answers 404.",
      `Without the plugins, Dify's OpenAI-API-compatible provider takes the same values: API Key, and API endpoint URL ${base}.`,
      "",
      `3. Add one LLM first, ${context.chatModel}, and check it with a Chat app answering "Reply only OK"; add embeddings after that` +
        (embeddings.length > 0 ? ` (${embeddings.join(", ")}).` : " (text-embedding-3-small or -large, if the key allows them)."),
      `Chat models this key offers: ${chatModelIds(context.models.ids).join(", ")}.`,
    ].join("\n");
  },
};
