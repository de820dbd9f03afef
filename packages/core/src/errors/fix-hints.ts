import type { CrazyrouterErrorCode } from "./crazyrouter-error.js";

/**
 * What to do about each kind of failure, distilled from the gateway's setup guides ("Common errors and
 * fixes"). One table, so every platform tells users the same thing.
 */
export const FIX_HINTS: Readonly<Record<CrazyrouterErrorCode, string>> = {
  invalid_input: "Correct the field named above; nothing was sent to the gateway.",
  auth: "The API key was rejected. Check that it was pasted whole, with no spaces or line breaks; if it was deleted or expired, create a new sk-... key in the Crazyrouter dashboard and replace it.",
  forbidden_model:
    "This key is not allowed to use that model, or its IP whitelist blocks this machine. Add the model to the key's whitelist in the Crazyrouter dashboard, or pick a model from the key's list (GET /models).",
  model_not_found: "The model name is wrong or not offered. Check its spelling against GET /models, or fall back to gpt-5.4 to confirm the connection works.",
  not_found:
    "The URL is wrong: the base URL must end in /v1 (https://crazyrouter.com/v1), not in a full endpoint path and not without /v1. Clients that add /v1 themselves (NextChat, Cherry Studio) take https://crazyrouter.com.",
  rate_limited: "Too many requests at once. Wait a moment and retry, lower the concurrency, or raise the key's rate limit.",
  quota: "The key or account has run out of quota. Top up the balance or raise the key's quota cap in the dashboard.",
  bad_request:
    "The gateway rejected the request. Read the message above: a parameter may not be supported by this model (for example temperature on reasoning models, or response_format on some image models).",
  timeout: "The request took too long. Shorten the input or the requested output, use streaming for long answers, or raise the timeout.",
  server: "The gateway or the upstream model failed. Retry later, or switch to another model or the other region.",
  bad_gateway: "The upstream took too long or failed behind the gateway (502/524). Shorten the request, use streaming for long answers, or retry later.",
  connection:
    "The gateway could not be reached. Check the network, proxy and firewall, and that the base URL host is right; from mainland China try https://cn.crazyrouter.com/v1.",
  invalid_response:
    "The answer was not what an OpenAI-compatible API sends. Check that the base URL points at the gateway (ending in /v1) and not at a web page or proxy.",
  aborted: "The request was cancelled before it finished.",
};

/**
 * Hints for situations more specific than their code: the same table's voice, for failures where the code's
 * general hint would send the user the wrong way.
 */
export const SITUATION_HINTS = {
  /** No response headers at all within the headers deadline (code `timeout`). */
  noHeaders:
    "The gateway accepted the connection but never started an answer; behind Cloudflare a slow upstream gets a 524 after about 100 s, so this is a stuck connection, proxy or firewall. Retry; if it keeps happening check the proxy and network, or try the other region (https://cn.crazyrouter.com/v1).",
  /** The connection broke while a whole (non-streamed) answer was arriving (code `connection`). */
  cutAnswer:
    "The connection was cut while the answer was arriving (an unstable network, a VPN or a proxy closing long responses). Retry; if it keeps happening, check the proxy or try the other region (https://cn.crazyrouter.com/v1).",
  /** A 3xx answer (code `invalid_response`): clients never follow redirects with the key. */
  redirect:
    "The base URL redirects to another address, and API calls are not sent on: a redirect can turn POST into GET or carry the key to another host. Set the base URL to where it should point (https://crazyrouter.com/v1, or your gateway's own https://.../v1 address) and check for http:// instead of https:// or a missing or extra www.",
  /**
   * A 404 from a client that corrects every base URL to its canonical `.../v1` form itself (code `not_found`): the
   * general hint's "end it in /v1" does not apply, the host or its path prefix is wrong.
   */
  notFoundAfterCorrection:
    "The base URL was already corrected to its /v1 form and the server still answered 404 Not Found: this address does not serve an OpenAI-compatible API there. Check the host and any path before /v1 (https://crazyrouter.com/v1, https://cn.crazyrouter.com/v1, or your own gateway's documented address).",
  /**
   * A TLS failure on a base URL written without a scheme (code `connection`): https:// was assumed, and a server that
   * speaks plain HTTP answers the TLS handshake with garbage (EPROTO, "wrong version number").
   */
  httpsAssumed:
    "The base URL had no http:// or https://, so https:// was used, and the server did not answer over HTTPS. If it speaks plain HTTP (a local or self-hosted gateway), write http:// in front of it; otherwise check the host and port.",
  /** A stream that ended without any chunk (code `server`). */
  emptyStream:
    "The gateway accepted the request but streamed no answer at all. Retry, or try another model; if it keeps happening, report it with the request id.",
} as const;
