/**
 * The commands and which flags each takes: a flag another command has is still an unknown flag here, so a typo or a
 * misplaced option stops with exit 2 instead of being ignored.
 */
export type CommandName = "doctor" | "setup" | "models" | "chat" | "generate";

export interface CommandSpec {
  flags: readonly string[];
  /** How many words may follow the command: `chat` takes the prompt (any number), `setup` one client. */
  arguments: "none" | "one-optional" | "some";
}

const GATEWAY_FLAGS = ["base-url", "timeout"] as const;

export const CLI_COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  doctor: { flags: [...GATEWAY_FLAGS, "model", "embedding-model", "image-model", "dimensions", "images", "regions", "json"], arguments: "none" },
  setup: { flags: [...GATEWAY_FLAGS, "show-key", "model"], arguments: "one-optional" },
  models: { flags: [...GATEWAY_FLAGS], arguments: "none" },
  chat: { flags: [...GATEWAY_FLAGS, "model", "system", "no-stream"], arguments: "some" },
  generate: { flags: ["out", "openapi-dir", "dify-signing-key"], arguments: "none" },
};

/** Flags every command takes. */
export const GLOBAL_FLAGS: readonly string[] = ["help", "version"];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(CLI_COMMANDS, name);
}
