import { randomBytes } from "node:crypto";
import { formatBaseUrlForClient } from "@crazyrouter/core";
import { chatModelIds } from "../chat-model-ids.js";
import type { SetupClient } from "../setup-client.js";
import type { SetupContext } from "../setup-context.js";

/** NextChat's own default model: new chats start with it and are titled with it unless DEFAULT_MODEL says otherwise. */
const NEXTCHAT_BUILT_IN_DEFAULT = "gpt-4o-mini";

/**
 * The model for DEFAULT_MODEL: the asked one (--model, else the core's default) when the key may use it, else the
 * first chat model of the key's live list, so NextChat never starts on a model the whitelist refuses.
 */
function defaultModel(context: SetupContext, models: readonly string[]): { model: string; note: string | undefined } {
  if (context.models.source !== "live" || models.includes(context.chatModel) || models.length === 0) return { model: context.chatModel, note: undefined };
  const model = models[0]!;
  return { model, note: `${context.chatModel} is not in the key's list, so DEFAULT_MODEL is ${model}, the first chat model it allows.` };
}

/** An access password to paste as CODE: long enough that guessing it costs more than it spends. */
function accessCode(): string {
  return randomBytes(12).toString("base64url");
}

/** NextChat reads its upstream from env vars; BASE_URL takes the root form (it appends /v1/... itself). */
export const nextchat: SetupClient = {
  id: "nextchat",
  title: "NextChat",
  summary: "env vars for a self-hosted NextChat (OPENAI_API_KEY, BASE_URL, CUSTOM_MODELS, DEFAULT_MODEL, CODE, HIDE_USER_API_KEY)",
  usesModelList: true,
  render(context) {
    const root = formatBaseUrlForClient(context.normalized, "nextchat");
    const models = chatModelIds(context.models.ids);
    const chosen = defaultModel(context, models);
    return [
      "Self-hosted (Docker, Vercel): set these environment variables and redeploy.",
      "",
      `OPENAI_API_KEY=${context.key.value}`,
      `BASE_URL=${root}`,
      `CUSTOM_MODELS=${models.map((id) => `+${id}`).join(",")}`,
      `DEFAULT_MODEL=${chosen.model}`,
      `CODE=${accessCode()}`,
      "HIDE_USER_API_KEY=1",
      "",
      `DEFAULT_MODEL: without it NextChat starts every chat, and titles it, with its own default ${NEXTCHAT_BUILT_IN_DEFAULT}, which a key with a model whitelist refuses.`,
      ...(chosen.note ? [chosen.note] : []),
      "CODE is the access password NextChat asks every visitor for (a fresh random one above; comma-separate several).",
      "Set it: without CODE, anyone who reaches your NextChat chats on this key, and you pay.",
      "",
      `In the web app instead: Settings, the OpenAI section, API Key ${context.key.value} and Endpoint ${root}, model ${chosen.model}.`,
      `BASE_URL is the root form: NextChat adds /v1/chat/completions itself, so ${formatBaseUrlForClient(context.normalized, "openai-sdk")} or a full endpoint URL there answers 404.`,
      "HIDE_USER_API_KEY=1 stops users from entering their own key; CUSTOM_MODELS lists chat models only (no embedding or image models).",
      `First check: pick ${chosen.model}, send "Reply only OK", and look for the request in the Crazyrouter logs.`,
    ].join("\n");
  },
};
