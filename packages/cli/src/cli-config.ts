import { DEFAULT_BASE_URL, parseExtraHeaders } from "@crazyrouter/core";

/** Where the CLI finds its key and base URL: flags first, then the environment. Keys never come from flags (shell history). */
export interface CliConfig {
  apiKey: string | undefined;
  /** The variable the key came from, so doctor and setup can name it. */
  apiKeySource: "CRAZYROUTER_API_KEY" | "OPENAI_API_KEY" | undefined;
  baseUrl: string;
  baseUrlSource: "--base-url" | "CRAZYROUTER_BASE_URL" | "default";
  /** Advanced: extra headers on every request (CRAZYROUTER_EXTRA_HEADERS, a JSON object). */
  headers?: Readonly<Record<string, string>> | undefined;
}

export function resolveCliConfig(flags: { "base-url"?: string | undefined }, environment: Readonly<Record<string, string | undefined>>): CliConfig {
  const apiKeySource =
    environment.CRAZYROUTER_API_KEY !== undefined ? "CRAZYROUTER_API_KEY" : environment.OPENAI_API_KEY !== undefined ? "OPENAI_API_KEY" : undefined;
  const baseUrlSource = flags["base-url"] !== undefined ? "--base-url" : environment.CRAZYROUTER_BASE_URL !== undefined ? "CRAZYROUTER_BASE_URL" : "default";
  return {
    apiKey: apiKeySource && environment[apiKeySource],
    apiKeySource,
    baseUrl: flags["base-url"] ?? environment.CRAZYROUTER_BASE_URL ?? DEFAULT_BASE_URL,
    baseUrlSource,
    headers: parseExtraHeaders(environment.CRAZYROUTER_EXTRA_HEADERS),
  };
}
