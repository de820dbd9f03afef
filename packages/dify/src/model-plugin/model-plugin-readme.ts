import { DEFAULT_CHAT_MODEL, DEFAULT_REGION, MAX_EMBEDDING_INPUTS_PER_REQUEST, type Region, regionBaseUrl, REGIONS } from "@crazyrouter/core";
import { PREDEFINED_CHAT_MODELS, PREDEFINED_EMBEDDING_MODELS } from "./model-catalogue.js";

/** README.md shipped inside the model-provider plugin (Dify shows it on the plugin page). */
export function modelPluginReadme(): string {
  const regions = (Object.keys(REGIONS) as Region[]).map((region) => `- ${REGIONS[region].label}: \`${regionBaseUrl(region)}\``);
  return [
    "# Crazyrouter for Dify",
    "",
    "Chat and embedding models through the Crazyrouter gateway: one OpenAI-compatible key for GPT, Claude, Gemini",
    "and embedding models, usable in Dify chat apps, workflows, agents and knowledge bases.",
    "",
    "## Set up",
    "",
    "1. In the Crazyrouter dashboard, create a key just for Dify and allow the models Dify will use.",
    "2. In Dify: Settings, Model Provider, Crazyrouter. Paste the `sk-...` key and pick a region:",
    ...regions,
    `   Or choose Custom and type a base URL; any form (root, \`/v1\`, a full endpoint path) is corrected to \`.../v1\`. Default: ${REGIONS[DEFAULT_REGION].label}.`,
    `3. Check chat first: build a small chat app with ${DEFAULT_CHAT_MODEL} and send "Reply only OK".`,
    "4. Then add an embedding model for knowledge bases.",
    "",
    "## Models",
    "",
    ...PREDEFINED_CHAT_MODELS.map(
      (model) =>
        `- ${model.id}: chat, ${model.contextWindow} tokens of context, up to ${model.maxOutputTokens} out, tools${model.vision ? ", vision" : ""}${model.structuredOutput ? ", structured output" : ""}`,
    ),
    ...PREDEFINED_EMBEDDING_MODELS.map(
      (model) => `- ${model.id}: embeddings, ${model.dimensions} dimensions, up to ${MAX_EMBEDDING_INPUTS_PER_REQUEST} texts per request`,
    ),
    "",
    "Any other model the key may call can be added by name (Add Model), with its context size, output limit,",
    "vision and tool support.",
    "",
    "## When something fails",
    "",
    "Error messages say what to do. The usual causes: 401, the key was pasted with spaces or was deleted (create a",
    "new one); 403, the model is not in the key's whitelist; 404, the base URL does not end in `/v1`; 524 or",
    "timeouts, the request is too long (shorten it or stream).",
    "",
  ].join("\n");
}
