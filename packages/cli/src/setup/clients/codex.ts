import { formatBaseUrlForClient } from "@crazyrouter/core";
import type { SetupClient } from "../setup-client.js";

/**
 * Codex CLI: a provider block in ~/.codex/config.toml. A new provider id is needed because Codex ignores
 * overrides of its built-in `openai` provider; `wire_api` must be "responses" (Codex dropped "chat").
 * Only a Responses call proves such a config, and the CLI makes none (a paid call through an API no other
 * integration here uses, checked against a simulator we would write ourselves): the output says it is unverified
 * and how Codex itself proves it.
 */
export const codex: SetupClient = {
  id: "codex",
  title: "Codex CLI",
  summary: "a [model_providers.crazyrouter] block for ~/.codex/config.toml, key read from CRAZYROUTER_API_KEY",
  usesModelList: false,
  render(context) {
    const base = formatBaseUrlForClient(context.normalized, "codex");
    return [
      "~/.codex/config.toml (Windows: %USERPROFILE%\\.codex\\config.toml). The two top-level keys go above every [table]; replace any model or model_provider lines already there.",
      "",
      `model = "${context.chatModel}"`,
      'model_provider = "crazyrouter"',
      "",
      "[model_providers.crazyrouter]",
      'name = "Crazyrouter"',
      `base_url = "${base}"`,
      'env_key = "CRAZYROUTER_API_KEY"',
      'wire_api = "responses"',
      "",
      "The key stays out of the file; export it in your shell profile:",
      "",
      `export CRAZYROUTER_API_KEY=${context.key.value}`,
      "",
      "base_url is the /v1 form: Codex appends /responses itself, so do not add an endpoint path or tracking parameters.",
      'Codex speaks the Responses API (POST /v1/responses); "wire_api = \\"chat\\" is no longer supported" means an old config: use "responses".',
      "",
      "Unverified here: Codex uses only the Responses API, and nothing in crazyrouter calls it (doctor checks Chat Completions, setup lists models),",
      `so this config is proven only when Codex itself answers through it: codex exec "Reply only OK" (or codex --model ${context.chatModel}).`,
      ...(context.region
        ? []
        : [
            `${context.normalized.baseUrl} is not a public Crazyrouter route: it must serve POST /v1/responses too (the local dev gateway does not; it answers 404).`,
          ]),
    ].join("\n");
  },
};
