import type { CrazyrouterErrorData } from "./crazyrouter-error.js";

/**
 * The facts support asks for, in the one form every adapter prints: `rate_limited, HTTP 429, request req_1`
 * (the code, then the refused field, the status and the request id when known).
 */
export function formatErrorFacts(error: Pick<CrazyrouterErrorData, "code" | "field" | "status" | "requestId">): string {
  return [
    error.code,
    error.field && `field ${error.field}`,
    error.status === undefined ? undefined : `HTTP ${error.status}`,
    error.requestId && `request ${error.requestId}`,
  ]
    .filter(Boolean)
    .join(", ");
}
