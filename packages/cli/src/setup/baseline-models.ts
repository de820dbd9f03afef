import { KNOWN_CHAT_MODELS } from "@crazyrouter/core";

/** The chat models every setup guide validates with, used when the key's live list cannot be read. */
export const BASELINE_CHAT_MODELS: readonly string[] = KNOWN_CHAT_MODELS.map((model) => model.id);
