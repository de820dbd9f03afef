import { CrazyrouterError, type CrazyrouterErrorCode } from "./crazyrouter-error.js";
import { FIX_HINTS } from "./fix-hints.js";

export interface HttpErrorFacts {
  status: number;
  /** The raw body text (may be HTML from a proxy). */
  bodyText: string;
  requestId: string | undefined;
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
    return { message: pick("message"), code: pick("code"), type: pick("type") };
  } catch {
    return undefined;
  }
}

const retryableStatuses = new Set([408, 409, 429]);

function codeFor(status: number, gateway: GatewayErrorBody | undefined, bodyText: string): CrazyrouterErrorCode {
  const said = `${gateway?.code ?? ""} ${gateway?.type ?? ""} ${gateway?.message ?? ""}`.toLowerCase();
  // The gateway's own code wins over the status: some routes answer 503 for an unknown model.
  if (/insufficient_quota|quota|余额|额度/.test(said)) return "quota";
  if (/model_not_found|does not exist|无可用渠道|no available channel/.test(said)) return "model_not_found";
  if (/model_not_allowed|not allowed to use model|model not allowed/.test(said)) return "forbidden_model";
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
  const retryable = code !== "quota" && code !== "model_not_found" && (retryableStatuses.has(facts.status) || facts.status >= 500);
  const detail = gateway?.message ?? (/<html/i.test(facts.bodyText) ? "an HTML error page instead of JSON" : facts.bodyText.slice(0, 200));
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
