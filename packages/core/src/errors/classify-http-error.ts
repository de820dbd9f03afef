import { CrazyrouterError, type CrazyrouterErrorCode } from "./crazyrouter-error.js";
import { FIX_HINTS, SITUATION_HINTS } from "./fix-hints.js";
import { ERROR_EXCERPT_LENGTH, GATEWAY_ERROR_PATTERNS, RETRYABLE_ERROR_CODES } from "./gateway-error-rules.js";

export interface HttpErrorFacts {
  status: number;
  /** The raw body text (may be HTML from a proxy). */
  bodyText: string;
  requestId: string | undefined;
  /** The `Location` header of a redirect. */
  location?: string | undefined;
}

interface GatewayErrorBody {
  message?: string;
  code?: string;
  type?: string;
}

function readGatewayError(bodyText: string): GatewayErrorBody | undefined {
  try {
    const parsed = JSON.parse(bodyText) as Record<string, unknown>;
    const error = typeof parsed.error === "object" && parsed.error !== null ? (parsed.error as Record<string, unknown>) : parsed;
    const pick = (key: string) => (typeof error[key] === "string" || typeof error[key] === "number" ? String(error[key]) : undefined);
    // `{"error": "text"}` is the other envelope some proxies use.
    const message = pick("message") ?? (typeof parsed.error === "string" ? parsed.error : undefined);
    return { message, code: pick("code"), type: pick("type") };
  } catch {
    return undefined;
  }
}

const gatewaySays = GATEWAY_ERROR_PATTERNS.map(([code, pattern]) => [code, new RegExp(pattern)] as const);

/**
 * The start of a body for a message. A cut never splits a word: keys hold no spaces, so a key that runs past
 * the cut is dropped whole instead of leaving a prefix that redaction could no longer recognise.
 */
function excerpt(bodyText: string): string {
  if (bodyText.length <= ERROR_EXCERPT_LENGTH) return bodyText;
  return `${bodyText.slice(0, ERROR_EXCERPT_LENGTH).replace(/\S*$/, "")}…`;
}

function codeFor(status: number, gateway: GatewayErrorBody | undefined, bodyText: string): CrazyrouterErrorCode {
  // A redirect says nothing about the API: the base URL leads somewhere else.
  if (status >= 300 && status < 400) return "invalid_response";
  const said = `${gateway?.code ?? ""} ${gateway?.type ?? ""} ${gateway?.message ?? ""}`.toLowerCase();
  for (const [code, pattern] of gatewaySays) if (pattern.test(said)) return code;
  if (status === 401) return "auth";
  if (status === 403) return "forbidden_model";
  if (status === 404) return "not_found";
  if (status === 408) return "timeout";
  if (status === 429) return "rate_limited";
  if (status === 502 || status === 504 || (status >= 520 && status <= 524)) return "bad_gateway";
  if (status >= 500) return "server";
  if (status === 409) return "server";
  if (/<html/i.test(bodyText)) return "invalid_response";
  return "bad_request";
}

/** Turns a non-2xx answer into a typed error: one place decides code, retryability and hint. */
export function classifyHttpError(facts: HttpErrorFacts): CrazyrouterError {
  const gateway = readGatewayError(facts.bodyText);
  const code = codeFor(facts.status, gateway, facts.bodyText);
  if (facts.status >= 300 && facts.status < 400) {
    return new CrazyrouterError({
      code,
      message: `The base URL redirects (HTTP ${facts.status}${facts.location ? ` to ${facts.location}` : ""}); the call was not sent on.`,
      hint: SITUATION_HINTS.redirect,
      status: facts.status,
      requestId: facts.requestId,
      retryable: false,
    });
  }
  const retryable = RETRYABLE_ERROR_CODES.includes(code);
  const detail = gateway?.message ?? (/<html/i.test(facts.bodyText) ? "an HTML error page instead of JSON" : excerpt(facts.bodyText));
  return new CrazyrouterError({
    code,
    message: `Gateway answered ${facts.status}${detail ? `: ${detail}` : ""}`,
    hint: FIX_HINTS[code],
    status: facts.status,
    requestId: facts.requestId,
    retryable,
    gatewayCode: gateway?.code ?? gateway?.type,
  });
}

/**
 * The HTTP status an error envelope stands for when it arrives where no status says it (a 200 answer, a
 * mid-stream event), read from OpenAI's error types and codes, which OpenAI-compatible gateways reuse.
 */
function impliedStatus(gateway: GatewayErrorBody | undefined): number {
  const said = `${gateway?.code ?? ""} ${gateway?.type ?? ""}`.toLowerCase();
  const message = (gateway?.message ?? "").toLowerCase();
  if (/invalid_api_key|authentication|unauthori[sz]ed/.test(said) || /incorrect api key|invalid api key|invalid token/.test(message)) return 401;
  if (/permission|forbidden/.test(said)) return 403;
  if (/not_found/.test(said)) return 404;
  if (/rate_limit|too_many_requests/.test(said) || /rate limit/.test(message)) return 429;
  if (/invalid_request|bad_request|invalid_value|invalid_parameter/.test(said)) return 400;
  return 500;
}

/**
 * An error envelope (`{"error": {...}}`) found inside a successful answer: as a 200 body, or as an event of a
 * stream. Classified from what the gateway said, as the status it stands for, with the real status kept.
 */
export function classifyErrorEnvelope(facts: {
  bodyText: string;
  status: number;
  requestId: string | undefined;
  where: "answer" | "stream";
}): CrazyrouterError {
  const classified = classifyHttpError({ status: impliedStatus(readGatewayError(facts.bodyText)), bodyText: facts.bodyText, requestId: facts.requestId });
  const detail = classified.message.replace(/^Gateway answered \d+:?\s*/, "");
  const lead = facts.where === "stream" ? "The gateway reported an error mid-stream" : `The gateway answered ${facts.status} with an error instead of a result`;
  return new CrazyrouterError({
    ...classified.toJSON(),
    message: detail ? `${lead}: ${detail}` : lead,
    status: facts.where === "stream" ? undefined : facts.status,
    // Never retried mid-stream: part of the answer may already be with the caller.
    retryable: facts.where === "stream" ? false : classified.retryable,
  });
}

/** Whether a parsed answer is an error envelope rather than a result. */
export function isErrorEnvelope(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (typeof error === "object" && error !== null) || (typeof error === "string" && error !== "");
}
