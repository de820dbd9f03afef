import { HOMEPAGE_URL } from "./plugin-metadata.js";

/** PRIVACY.md: what the plugin sends where. Dify's marketplace asks every plugin for one. */
export function privacyMd(pluginLabel: string, sends: string): string {
  return [
    `# Privacy: ${pluginLabel}`,
    "",
    `This plugin sends ${sends} to the Crazyrouter gateway you configure (by default ${HOMEPAGE_URL}), with your API key`,
    "in the Authorization header. It sends nothing anywhere else and stores nothing: no analytics, no logs, no cache.",
    "The gateway forwards requests to the model vendor that serves the chosen model; see Crazyrouter's privacy policy",
    `at ${HOMEPAGE_URL} for how the gateway and vendors handle data.`,
    "",
    "Dify hands every call its end user's id; this plugin never sends it (no `user` field), so no Dify user id reaches",
    "the gateway.",
    "",
    "API keys stay in Dify's encrypted credential store. Error messages shown in Dify never contain the key.",
    "",
  ].join("\n");
}
