import type { OperationId } from "../operations/operation-definition.js";
import { getOperation } from "../operations/operations.js";
import { type NormalizedBaseUrl, normalizeBaseUrl } from "./normalize-base-url.js";

/**
 * The form of the base URL each client expects. NextChat and Cherry Studio append `/v1/...` themselves and
 * want the root; Dify, n8n, MCP servers and OpenAI SDKs want the `/v1` base; Coze's HTTP route wants the full
 * endpoint URL.
 */
export const CLIENT_URL_FORMS = {
  nextchat: "root",
  "cherry-studio": "root",
  dify: "v1",
  "openai-sdk": "v1",
  codex: "v1",
  n8n: "v1",
  mcp: "v1",
  coze: "endpoint",
} as const;

export type ClientName = keyof typeof CLIENT_URL_FORMS;

/** Takes the base URL as configured, or as already normalised (so a caller formatting it for several clients normalises once). */
export function formatBaseUrlForClient(baseUrl: string | NormalizedBaseUrl, client: ClientName, operation: OperationId = "chat_completions"): string {
  const normalized = typeof baseUrl === "string" ? normalizeBaseUrl(baseUrl) : baseUrl;
  switch (CLIENT_URL_FORMS[client]) {
    case "root":
      return normalized.root;
    case "v1":
      return normalized.baseUrl;
    case "endpoint":
      return `${normalized.baseUrl}${getOperation(operation).path}`;
  }
}
