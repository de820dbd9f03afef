import { CrazyrouterError } from "@crazyrouter/core";
import type { ClientFactory } from "../client-factory.js";
import { BASELINE_CHAT_MODELS } from "./baseline-models.js";

/** Where setup's model names came from, so the output can say so. */
export interface ModelList {
  ids: readonly string[];
  source: "live" | "baseline";
  /** Why the live list was not used. */
  reason: string | undefined;
}

const LIST_TIMEOUT_MS = 10_000;

/** The key's live model list when the key works, otherwise the docs' baseline chat models. */
export async function loadModelList(
  createClient: ClientFactory,
  options: { apiKey: string | undefined; baseUrl: string; headers?: Readonly<Record<string, string>> | undefined; timeoutMs?: number | undefined },
): Promise<ModelList> {
  if (!options.apiKey) return { ids: BASELINE_CHAT_MODELS, source: "baseline", reason: "no working key to list models with" };
  // Setup must answer quickly even when the gateway does not: one short attempt (or --timeout), no retries.
  const client = createClient({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? LIST_TIMEOUT_MS,
    retry: { maxRetries: 0 },
  });
  try {
    const { ids } = await client.listModels();
    return { ids, source: "live", reason: undefined };
  } catch (error) {
    const reason = CrazyrouterError.isInstance(error) ? `GET /models failed: ${error.describe()}` : `GET /models failed: ${String(error)}`;
    return { ids: BASELINE_CHAT_MODELS, source: "baseline", reason };
  } finally {
    await client.close();
  }
}
