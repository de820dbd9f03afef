import { checkApiKey, maskApiKey } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

/** Step 2: the key's format (pasted spaces, a Bearer prefix, quotes), shown masked, never whole. */
export const apiKeyCheck: DoctorCheck = {
  id: "api-key",
  title: () => "API key format",
  async run(context) {
    const { apiKey: input, apiKeySource } = context.config;
    let checked: { apiKey: string; notes: string[] };
    try {
      checked = checkApiKey(input);
    } catch (error) {
      const outcome = outcomeFromError(error);
      const where = apiKeySource ? `Fix ${apiKeySource}: ` : "Set CRAZYROUTER_API_KEY=sk-... in the environment. ";
      return { ...outcome, fix: `${where}${outcome.fix ?? ""}`, stopReason: "without a usable key every gateway call would be refused." };
    }
    context.apiKey = checked.apiKey;
    // Only the base-URL check can leave this unset, and it stops the run when it does.
    const baseUrl = context.baseUrl?.baseUrl ?? context.config.baseUrl;
    context.client = context.makeClient({ apiKey: checked.apiKey, baseUrl });
    const shown = `${maskApiKey(checked.apiKey)} from ${apiKeySource ?? "the environment"}`;
    if (checked.notes.length > 0) {
      return {
        status: "warn",
        detail: `${shown}: ${checked.notes.join("; ")}. The CLI cleaned it, but other clients send a key as pasted and get 401.`,
        fix: `Store the key as one clean sk-... value in ${apiKeySource ?? "CRAZYROUTER_API_KEY"} and in every client.`,
      };
    }
    if (!checked.apiKey.startsWith("sk-")) {
      return {
        status: "warn",
        detail: `${shown}: it does not start with sk-, so it may be another provider's key.`,
        fix: "Use a key created in the Crazyrouter dashboard (sk-...); OpenAI, Anthropic or Google keys do not work on the gateway.",
      };
    }
    return { status: "pass", detail: shown };
  },
};
