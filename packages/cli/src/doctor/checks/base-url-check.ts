import { isLoopbackHost, type NormalizedBaseUrl, normalizeBaseUrl } from "@crazyrouter/core";
import type { DoctorCheck } from "../doctor-check.js";
import { outcomeFromError } from "../outcome-from-error.js";

/** Names the form a user pasted when it is not the root or `/v1` base, so they know which client it came from. */
function describePastedForm(input: string, normalized: NormalizedBaseUrl): string | undefined {
  const pasted = input.trim().replace(/\/+$/, "");
  if (pasted === normalized.baseUrl || pasted === normalized.root) return undefined;
  if (/\/(chat\/completions|embeddings|images\/generations|models)(\?|#|$)/i.test(pasted)) {
    return "a full endpoint URL (the form Coze's HTTP node takes); SDKs, Dify and this CLI append the endpoint themselves, so in their base-URL field it doubles the path and answers 404";
  }
  if (/[?#]/.test(pasted)) return "a URL with a query string or fragment (tracking parameters break API calls)";
  return "a form other clients may not correct";
}

/** Step 1: the base URL's form and what normalisation changed. Root and `/v1` forms pass; other forms warn. */
export const baseUrlCheck: DoctorCheck = {
  id: "base-url",
  title: () => "Base URL",
  async run(context) {
    const { baseUrl: input, baseUrlSource } = context.config;
    let normalized: NormalizedBaseUrl;
    try {
      normalized = normalizeBaseUrl(input);
    } catch (error) {
      return { ...outcomeFromError(error), stopReason: "without a usable base URL nothing can be called." };
    }
    context.baseUrl = normalized;
    const source = baseUrlSource === "default" ? "the default" : `from ${baseUrlSource}`;
    const changes = normalized.notes.length > 0 ? ` (${normalized.notes.join("; ")})` : "";
    const form = describePastedForm(input, normalized);
    const host = new URL(normalized.baseUrl).hostname;
    if (form) {
      return {
        status: "warn",
        detail: `${normalized.baseUrl}, ${source}${changes}. You set ${form}.`,
        fix: `Use ${normalized.baseUrl} here; for each client's own form run \`crazyrouter setup <client>\`.`,
      };
    }
    if (normalized.baseUrl.startsWith("http://") && !isLoopbackHost(host)) {
      return {
        status: "warn",
        detail: `${normalized.baseUrl}, ${source}: plain http sends the key unencrypted.`,
        fix: `Use https://${normalized.baseUrl.slice("http://".length)}.`,
      };
    }
    const rootNote = normalized.changes.includes("added_v1") ? "; root form, the one NextChat and Cherry Studio take, /v1 added for API calls" : "";
    return { status: "pass", detail: `${normalized.baseUrl}, ${source}${rootNote}` };
  },
};
