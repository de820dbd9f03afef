import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { classifyHttpError } from "../errors/classify-http-error.js";
import { FIX_HINTS, SITUATION_HINTS } from "../errors/fix-hints.js";
import { readBodyText } from "../http/read-body-text.js";
import { readRequestId } from "../http/request-id.js";
import { parseRetryAfter } from "../retry/retry-policy.js";
import type { Timers } from "../timers/timers.js";
import type { Transport, TransportResponse } from "../transport/transport.js";
import type { CallScope } from "./call-scope.js";
import { describeCause } from "../errors/describe-cause.js";
import { AttemptFailure } from "./attempt-failure.js";
import { formatDeadline } from "./deadlines.js";

export interface AttemptRequest {
  url: string;
  method: "GET" | "POST";
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
}

export interface AttemptResponse {
  response: TransportResponse;
  requestId: string | undefined;
}

/** What an attempt needs besides the request: the network, the clock and the headers deadline. */
export interface AttemptSettings {
  transport: Transport;
  timers: Timers;
  headersTimeoutMs: number;
}

/**
 * Sends one request and returns the response if it is 2xx. Anything else is thrown as an AttemptFailure
 * with a classified error. It never retries: that is the caller's single loop. Its errors may quote the
 * gateway verbatim; the client redacts them on the way out.
 *
 * The attempt has its own signal: the call's scope aborts it (caller, deadline, idle stream), and so does the
 * headers deadline, which ends only this attempt so the loop can try a fresh connection.
 */
export async function sendAttempt(settings: AttemptSettings, request: AttemptRequest, scope: CallScope): Promise<AttemptResponse> {
  const attempt = new AbortController();
  const onScopeAbort = () => attempt.abort(scope.signal.reason);
  if (scope.signal.aborted) onScopeAbort();
  else scope.signal.addEventListener("abort", onScopeAbort, { once: true });
  let headersLate = false;
  const cancelHeadersDeadline = settings.timers.schedule(settings.headersTimeoutMs, () => {
    headersLate = true;
    attempt.abort(new Error("no response headers in time"));
  });

  let response: TransportResponse;
  try {
    response = await settings.transport({ ...request, signal: attempt.signal });
  } catch (cause) {
    scope.signal.removeEventListener("abort", onScopeAbort);
    const aborted = scope.abortError();
    if (aborted) throw new AttemptFailure(aborted);
    const host = new URL(request.url).host;
    const error = headersLate
      ? new CrazyrouterError({
          code: "timeout",
          message: `${host} sent no response within ${formatDeadline(settings.headersTimeoutMs)}.`,
          hint: SITUATION_HINTS.noHeaders,
          retryable: true,
        })
      : new CrazyrouterError({
          code: "connection",
          message: `Could not reach ${host}: ${describeCause(cause)}`,
          hint: FIX_HINTS.connection,
          retryable: true,
          cause,
        });
    throw new AttemptFailure(error);
  } finally {
    cancelHeadersDeadline();
  }
  const requestId = readRequestId(response.headers);
  if (response.status >= 200 && response.status < 300) return { response, requestId };

  let bodyText = "";
  try {
    bodyText = await readBodyText(response);
  } catch {
    // The status alone classifies the failure; a half-read error body adds nothing.
  } finally {
    scope.signal.removeEventListener("abort", onScopeAbort);
  }
  // Not redacted here: the client removes the key from every error it hands out (redactError).
  const error = classifyHttpError({
    status: response.status,
    bodyText,
    requestId,
    location: response.headers.get("location") ?? undefined,
  });
  throw new AttemptFailure(error, parseRetryAfter(response.headers, Date.now()));
}
