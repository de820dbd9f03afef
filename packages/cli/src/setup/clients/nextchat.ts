import { formatBaseUrlForClient } from "@crazyrouter/core";
import { chatModelIds } from "../chat-model-ids.js";
import type { SetupClient } from "../setup-client.js";

/** NextChat reads its upstream from env vars; BASE_URL takes the root form (it appends /v1/... itself). */
export const nextchat: SetupClient = {
  id: "nextchat",
  title: "NextChat",
  summary: "env vars for a self-hosted NextChat (OPENAI_API_KEY, BASE_URL, CUSTOM_MODELS, HIDE_USER_API_KEY)",
  usesModelList: true,
  render(context) {
    const root = formatBaseUrlForClient(context.baseUrl, "nextchat");
    const models = chatModelIds(context.models.ids);
    return [
      "Self-hosted (Docker, Vercel): set these environment variables and redeploy.",
      "",
      `OPENAI_API_KEY=${context.key.value}`,
      `BASE_URL=${root}`,
      `CUSTOM_MODELS=${models.map((id) => `+${id}`).join(",")}`,
      "HIDE_USER_API_KEY=1",
      "",
      `In the web app instead: Settings, the OpenAI section, API Key ${context.key.value} and Endpoint ${root}, model ${context.chatModel}.`,
      `BASE_URL is the root form: NextChat adds /v1/chat/completions itself, so ${formatBaseUrlForClient(context.baseUrl, "openai-sdk")} or a full endpoint URL there answers 404.`,
      "HIDE_USER_API_KEY=1 stops users from entering their own key; CUSTOM_MODELS lists chat models only (no embedding or image models).",
      `First check: pick ${context.chatModel}, send "Reply only OK", and look for the request in the Crazyrouter logs.`,
    ].join("\n");
  },
};
