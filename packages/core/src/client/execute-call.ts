import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { redactSecrets } from "../errors/redact-secrets.js";
import { backoffDelayMs, type RetryPolicy } from "../retry/retry-policy.js";
import type { Timers } from "../timers/timers.js";
import type { Transport } from "../transport/transport.js";
import type { CallScope } from "./call-scope.js";
import type { Logger } from "./client-options.js";
import type { ResultMeta } from "../results/result-meta.js";
import type { Route } from "./route.js";
import { AttemptFailure } from "./attempt-failure.js";
import { type AttemptRequest, type AttemptResponse, sendAttempt } from "./send-attempt.js";

export interface ExecuteCallSettings {
  transport: Transport;
  timers: Timers;
  /** Per attempt: how long the response's headers may take. */
  headersTimeoutMs: number;
  retry: RetryPolicy;
  random: () => number;
  logger: Logger | undefined;
  secrets: readonly string[];
}

/**
 * Turns a route's attempt into a result, e.g. reads and validates the JSON body. Errors it throws are
 * retried like transport errors when they are retryable (a connection cut while reading a body, a 200 that
 * carries a server error): nothing has reached the caller before it returns.
 */
export type ConsumeResponse<T> = (attempt: AttemptResponse, meta: ResultMeta) => Promise<T>;

const modelLevelCodes = new Set(["forbidden_model", "model_not_found"]);

/**
 * The only retry loop in the project. Retries connection errors, 408, 409, 429 and 5xx with backoff and
 * jitter (or the server's retry-after), never other 4xx, never past the deadline. With fallbacks enabled,
 * a route whose retries are spent hands over to the next region, and a refused model to the next model.
 */
export async function executeCall<T>(
  settings: ExecuteCallSettings,
  scope: CallScope,
  routePlan: Route[][],
  buildRequest: (route: Route) => AttemptRequest,
  consume: ConsumeResponse<T>,
): Promise<T> {
  let attempts = 0;
  let lastError: CrazyrouterError | undefined;
  const log = (message: string) => settings.logger?.warn?.(redactSecrets(message, settings.secrets));

  for (const [modelIndex, routes] of routePlan.entries()) {
    for (const [routeIndex, route] of routes.entries()) {
      if (lastError) {
        const switching = routeIndex === 0 ? `model ${route.model ?? ""}` : `base URL ${route.baseUrl}`;
        log(`crazyrouter: ${lastError.code} on the previous route; falling back to ${switching}`);
      }
      for (let retry = 0; ; retry += 1) {
        attempts += 1;
        const request = buildRequest(route);
        try {
          const attempt = await sendAttempt(settings, request, scope);
          const meta: ResultMeta = { requestId: attempt.requestId, status: attempt.response.status, baseUrl: route.baseUrl, model: route.model, attempts };
          return await consume(attempt, meta);
        } catch (thrown) {
          const failure = thrown instanceof AttemptFailure ? thrown : new AttemptFailure(toCrazyrouterError(thrown, scope));
          const error = failure.error;
          error.attempts = attempts;
          lastError = error;
          if (scope.abortError()) throw error;
          if (!error.retryable) {
            if (modelLevelCodes.has(error.code)) break;
            throw error;
          }
          if (retry >= settings.retry.maxRetries) break;
          const delay = backoffDelayMs(retry + 1, settings.retry, settings.random, failure.retryAfterMs);
          if (delay >= scope.remainingMs()) throw error;
          log(
            `crazyrouter: ${error.code}${error.status ? ` (HTTP ${error.status})` : ""}, retry ${retry + 1} of ${settings.retry.maxRetries} in ${Math.round(delay)} ms`,
          );
          try {
            await settings.timers.sleep(delay, scope.signal);
          } catch {
            // Woken by an abort: the scope says whether it was the caller or the deadline.
          }
          const aborted = scope.abortError();
          if (aborted) {
            aborted.attempts = attempts;
            throw aborted;
          }
        }
      }
      // Retries on this route are spent; a model-level refusal skips the other regions of this model.
      if (lastError && modelLevelCodes.has(lastError.code)) break;
    }
    const hasNextModel = modelIndex < routePlan.length - 1;
    if (!hasNextModel || !lastError || !(lastError.retryable || modelLevelCodes.has(lastError.code))) break;
  }
  throw lastError ?? new Error("crazyrouter: no route to try");
}

function toCrazyrouterError(thrown: unknown, scope: CallScope): CrazyrouterError {
  const aborted = scope.abortError();
  if (aborted) return aborted;
  if (CrazyrouterError.isInstance(thrown)) return thrown;
  throw thrown;
}
