import type { CrazyrouterErrorCode } from "./crazyrouter-error.js";

/**
 * What a gateway's error code, type or message says, as regular-expression sources (read the same by JavaScript
 * and Python) tried in this order. The gateway's own words win over the status: some routes answer 503 for an
 * unknown model, and quotas come with 401, 402, 403 or 429.
 */
export const GATEWAY_ERROR_PATTERNS: readonly (readonly [CrazyrouterErrorCode, string])[] = [
  ["quota", "insufficient_quota|quota|余额|额度"],
  ["model_not_found", "model_not_found|does not exist|无可用渠道|no available channel"],
  ["forbidden_model", "model_not_allowed|not allowed to use model|model not allowed"],
];

/** The codes worth another attempt; every other code is permanent whatever the status (a 503 for an unknown model). */
export const RETRYABLE_ERROR_CODES: readonly CrazyrouterErrorCode[] = ["rate_limited", "timeout", "server", "bad_gateway", "connection"];

/** How much of a body that is not a gateway error envelope goes into a message. */
export const ERROR_EXCERPT_LENGTH = 200;
