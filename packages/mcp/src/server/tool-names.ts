import { chatCompletionsOperation, embeddingsOperation, imageGenerationOperation, listModelsOperation } from "@crazyrouter/core";

/** Every tool this server can offer, named by the core's operations, in the order clients list them. */
export const TOOL_NAMES = [
  chatCompletionsOperation.toolName,
  embeddingsOperation.toolName,
  imageGenerationOperation.toolName,
  listModelsOperation.toolName,
] as const;

export type ToolName = (typeof TOOL_NAMES)[number];

const PREFIX = "crazyrouter_";

/** Accepts `crazyrouter_chat` or just `chat`, case-insensitively; undefined for anything else. */
export function resolveToolName(text: string): ToolName | undefined {
  const lower = text.trim().toLowerCase();
  const full = lower.startsWith(PREFIX) ? lower : `${PREFIX}${lower}`;
  return TOOL_NAMES.find((name) => name === full);
}
