import { CrazyrouterError, formatErrorFacts } from "@crazyrouter/core";
import type { DoctorOutcome } from "./doctor-report.js";

/** Codes after which every later gateway call would fail the same way. */
const STOP_REASONS: Partial<Record<string, string>> = {
  auth: "the gateway rejected the API key (401); every later check would fail the same way.",
  not_found: "the base URL does not lead to the API (404); every later check would call the same wrong path.",
  connection: "the gateway could not be reached; every later check needs it.",
  invalid_response: "the base URL answers with something that is not the gateway's API; later checks would read the same.",
  quota: "the key or account is out of quota; every later call would be refused.",
};

/**
 * A failed step from any error: the core error's message, code, HTTP status and request id, with its fix
 * hint, so every failure carries what support asks for.
 */
export function outcomeFromError(error: unknown, prefix = ""): DoctorOutcome {
  if (!CrazyrouterError.isInstance(error)) {
    return {
      status: "fail",
      detail: `${prefix}${error instanceof Error ? error.message : String(error)}`,
      fix: "This looks like a bug in the CLI; please report it with this output.",
    };
  }
  return {
    status: "fail",
    detail: `${prefix}${error.message} (${formatErrorFacts(error)})`,
    fix: error.hint,
    requestId: error.requestId,
    code: error.code,
    httpStatus: error.status,
    stopReason: STOP_REASONS[error.code],
  };
}
