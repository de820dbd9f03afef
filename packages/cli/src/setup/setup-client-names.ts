/**
 * The clients `crazyrouter setup` knows and the other names it accepts for them. Kept apart from the clients'
 * renderers so `--help` can list them without loading any of them.
 */
export interface SetupClientName {
  id: string;
  aliases: readonly string[];
}

export const SETUP_CLIENT_NAMES: readonly SetupClientName[] = [
  { id: "nextchat", aliases: ["chatgpt-next-web"] },
  { id: "cherry-studio", aliases: ["cherry", "cherrystudio"] },
  { id: "dify", aliases: [] },
  { id: "coze", aliases: [] },
  { id: "codex", aliases: ["codex-cli"] },
  { id: "claude-desktop", aliases: ["claude"] },
  { id: "cursor", aliases: [] },
  { id: "n8n", aliases: [] },
];

/** The client id a name means (an id or an alias, any case), or undefined. */
export function setupClientId(name: string): string | undefined {
  const wanted = name.toLowerCase();
  return SETUP_CLIENT_NAMES.find((client) => client.id === wanted || client.aliases.includes(wanted))?.id;
}
