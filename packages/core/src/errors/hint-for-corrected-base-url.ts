import type { BaseUrlChange } from "../base-url/base-url-rules.js";
import type { CrazyrouterError } from "./crazyrouter-error.js";
import { SITUATION_HINTS } from "./fix-hints.js";

/** What Node and OpenSSL say when a TLS handshake meets a server speaking plain HTTP. */
const TLS_TO_PLAIN_HTTP = /EPROTO|wrong version number|ERR_SSL_|packet length too long|ssl3_get_record/i;

/**
 * The hint for a failure in a client that corrects every base URL to its canonical form before calling (n8n's
 * credential, a CLI flag), given what the correction changed. The general hints assume a URL used as typed: "end it
 * in /v1" cannot help when /v1 was already made sure of, and a TLS error on a URL typed without a scheme means the
 * assumed https:// was wrong.
 */
export function hintForCorrectedBaseUrl(error: CrazyrouterError, changes: readonly BaseUrlChange[]): string {
  if (error.code === "not_found") return SITUATION_HINTS.notFoundAfterCorrection;
  if (error.code === "connection" && changes.includes("added_scheme") && TLS_TO_PLAIN_HTTP.test(error.message)) return SITUATION_HINTS.httpsAssumed;
  return error.hint;
}
