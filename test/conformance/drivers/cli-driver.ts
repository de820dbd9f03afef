import { ensureBuiltBin, runBuiltBin } from "@crazyrouter/cli/testing";
import type { ConformanceVector } from "../conformance-vector.js";
import { cannot, type Expression, type PlatformDriver } from "../conformance-suite.js";
import { promptAndSystem, unmappedFields } from "./call-fields.js";

/** The command line a user types for a vector's call, or why the CLI has no command for it. */
export function cliArguments(vector: ConformanceVector): Expression<string[]> {
  if (vector.extraBody) return cannot("no flag for extra body fields");
  switch (vector.operation) {
    case "chat_completions": {
      const unmapped = unmappedFields(vector.input, ["model", "messages", "stream"]);
      const text = promptAndSystem(vector.input.messages);
      if (unmapped.length > 0 || !text) return cannot(`chat takes a prompt, --system and --model${unmapped.length > 0 ? `, no ${unmapped.join(", ")}` : ""}`);
      return {
        call: [
          "chat",
          text.prompt,
          "--model",
          String(vector.input.model),
          ...(text.system === undefined ? [] : ["--system", text.system]),
          ...(vector.input.stream ? [] : ["--no-stream"]),
        ],
      };
    }
    case "list_models":
      return { call: ["models"] };
    default:
      return cannot(`no command for ${vector.operation}`);
  }
}

/**
 * The built `crazyrouter` bin (built first when stale), run as a user runs it: the arguments, and the key and base
 * URL in the environment.
 */
export const cliDriver: PlatformDriver<string[]> = {
  platform: "cli",
  prepare: ensureBuiltBin,
  express: cliArguments,
  async run(args, _, gateway) {
    const { code, stderr } = await runBuiltBin(args, { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url });
    return { error: code === 0 ? undefined : `exit ${code}: ${stderr}` };
  },
};
