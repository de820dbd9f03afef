import { cherryStudio } from "./clients/cherry-studio.js";
import { claudeDesktop } from "./clients/claude-desktop.js";
import { codex } from "./clients/codex.js";
import { coze } from "./clients/coze.js";
import { cursor } from "./clients/cursor.js";
import { dify } from "./clients/dify.js";
import { n8n } from "./clients/n8n.js";
import { nextchat } from "./clients/nextchat.js";
import type { SetupClient } from "./setup-client.js";
import { setupClientId } from "./setup-client-names.js";

/** Every client the gateway's setup guides cover, in the order `crazyrouter setup` lists them. */
export const SETUP_CLIENTS: readonly SetupClient[] = [nextchat, cherryStudio, dify, coze, codex, claudeDesktop, cursor, n8n];

/** The client a name means: its id or one of its aliases (SETUP_CLIENT_NAMES), in any case. */
export function findSetupClient(name: string): SetupClient | undefined {
  const id = setupClientId(name);
  return SETUP_CLIENTS.find((client) => client.id === id);
}
