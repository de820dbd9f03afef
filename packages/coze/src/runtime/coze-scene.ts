import type { InvalidResponseStrategy } from "./process-response.js";

/** Where a Coze tool runs: the plugin's Debug panel, a bot (agent), or a workflow's plugin node. */
export type CozeScene = "debug" | "agent" | "workflow";

export const COZE_SCENES: readonly CozeScene[] = ["debug", "agent", "workflow"];

/** Which answer strategy each scene uses (see `InvalidResponseStrategy`). */
export const SCENE_RESPONSE_STRATEGY: Readonly<Record<CozeScene, InvalidResponseStrategy>> = {
  debug: "return-error",
  agent: "return-default",
  workflow: "return-default",
};
