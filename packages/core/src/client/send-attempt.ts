import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { classifyHttpError } from "../errors/classify-http-error.js";
import { FIX_HINTS } from "../errors/fix-hints.js";
import { redactSecrets } from "../errors/redact-secrets.js";
import { readBodyText } from "../http/read-body-text.js";
import { readRequestId } from "../http/request-id.js";
import { parseRetryAfter } from "../retry/retry-policy.js";
import type { Transport, TransportResponse } from "../transport/transport.js";
import type { CallScope } from "./call-scope.js";

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

/** A failure plus how long the server asked us to wait before trying again. */
export interface AttemptFailure {
  error: CrazyrouterError;
  retryAfterMs: number | undefined;
}

export function isAttemptFailure(value: unknown): value is AttemptFailure {
  return typeof value === "object" && value !== null && CrazyrouterError.isInstance((value as AttemptFailure).error);
}

/**
 * Sends one request and returns the response if it is 2xx. Anything else is thrown as an AttemptFailure
 * with a classified error. It never retries: that is the caller's single loop.
 */
export async function sendAttempt(
  transport: Transport,
  request: AttemptRequest,
  scope: CallScope,
  secrets: readonly string[],
): Promise<AttemptResponse> {
  let response: TransportResponse;
  try {
    response = await transport({ ...request, signal: scope.signal });
  } catch (cause) {
    const aborted = scope.abortError();
    if (aborted) throw { error: aborted, retryAfterMs: undefined } satisfies AttemptFailure;
    const reason = redactSecrets(cause instanceof Error ? cause.message : String(cause), secrets);
    const error = new CrazyrouterError({
      code: "connection",
      message: `Could not reach ${new URL(request.url).host}: ${reason}`,
      hint: FIX_HINTS.connection,
      retryable: true,
      cause,
    });
    throw { error, retryAfterMs: undefined } satisfies AttemptFailure;
  }
  const requestId = readRequestId(response.headers);
  if (response.status >= 200 && response.status < 300) return { response, requestId };

  let bodyText = "";
  try {
    bodyText = await readBodyText(response);
  } catch {
    // The status alone classifies the failure; a half-read error body adds nothing.
  }
  const error = classifyHttpError({ status: response.status, bodyText: redactSecrets(bodyText, secrets), requestId });
  throw { error, retryAfterMs: parseRetryAfter(response.headers, Date.now()) } satisfies AttemptFailure;
}
