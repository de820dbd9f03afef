import { checkApiKey, maskApiKey } from "@crazyrouter/core";

export const KEY_PLACEHOLDER = "sk-...";

/** The key as setup prints it: a placeholder when none works, masked by default, whole only with --show-key. */
export interface KeyDisplay {
  value: string;
  kind: "placeholder" | "masked" | "full";
  /** The usable key, for the live model list; never printed unless `kind` is "full". */
  apiKey: string | undefined;
  /** Why the key is a placeholder, when one was set but is unusable. */
  problem: string | undefined;
}

export function keyDisplay(input: string | undefined, showKey: boolean): KeyDisplay {
  if (input === undefined || input.trim() === "") return { value: KEY_PLACEHOLDER, kind: "placeholder", apiKey: undefined, problem: undefined };
  try {
    const { apiKey } = checkApiKey(input);
    return showKey ? { value: apiKey, kind: "full", apiKey, problem: undefined } : { value: maskApiKey(apiKey), kind: "masked", apiKey, problem: undefined };
  } catch (error) {
    return { value: KEY_PLACEHOLDER, kind: "placeholder", apiKey: undefined, problem: error instanceof Error ? error.message : String(error) };
  }
}
