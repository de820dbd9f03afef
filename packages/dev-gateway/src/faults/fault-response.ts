import type { DevResponse } from "../http/dev-response.js";
import type { FaultSpec } from "./fault-spec.js";
import { invalidUrlError, modelNotAllowedError, openAiError } from "../http/openai-error.js";

const DEFAULT_RETRY_AFTER_MS = 1000;

function htmlResponse(status: number, html: string): DevResponse {
  return { kind: "body", status, headers: { "content-type": "text/html; charset=UTF-8" }, body: html };
}

/**
 * The answer for a fault that replaces the whole response (status faults, reset, invalid-json, html,
 * error-200, moved), or undefined for modes that change timing, the form of a normal answer or cut it short
 * (slow-headers, no-headers, stall, no-done, stream-error, stream-error-key, body-cut, json-stream,
 * empty-stream, gzip), which the request pipeline applies.
 */
export function faultResponse(
  spec: FaultSpec,
  request: { method: string; path: string; model: string | undefined; gatewayUrl?: string },
): DevResponse | undefined {
  switch (spec.mode) {
    case "401":
      return openAiError(401, {
        message: "Incorrect API key provided (dev gateway fault). Check the key for typos or spaces.",
        type: "invalid_request_error",
        code: "invalid_api_key",
      });
    case "403":
      return modelNotAllowedError(request.model ?? "unknown");
    case "404":
      return invalidUrlError(request.method, request.path);
    case "400":
      return openAiError(400, {
        message: "Invalid request (dev gateway fault).",
        type: "invalid_request_error",
        code: "invalid_request",
      });
    case "429": {
      const retryAfterMs = spec.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
      return openAiError(
        429,
        {
          message: "Rate limit reached for requests (dev gateway fault). Please try again later.",
          type: "requests",
          code: "rate_limit_exceeded",
        },
        { "retry-after": String(Math.ceil(retryAfterMs / 1000)), "retry-after-ms": String(retryAfterMs) },
      );
    }
    case "insufficient-quota":
      return openAiError(429, {
        message: "You exceeded your current quota, please check your plan and billing details.",
        type: "insufficient_quota",
        code: "insufficient_quota",
      });
    case "500":
      return openAiError(500, {
        message: "The server had an error while processing your request. Sorry about that!",
        type: "server_error",
        code: "internal_error",
      });
    case "502":
      return openAiError(502, { message: "Bad gateway: the upstream provider failed.", type: "server_error", code: "bad_gateway" });
    case "503":
      return openAiError(503, {
        message: "The server is overloaded or not ready yet.",
        type: "server_error",
        code: "service_unavailable",
      });
    case "524":
      // What Cloudflare answers when the origin takes longer than 100 s: HTML, not JSON.
      return htmlResponse(
        524,
        "<!DOCTYPE html>\n<html><head><title>crazyrouter.com | 524: A timeout occurred</title></head>" +
          "<body><h1>Error code 524 - A timeout occurred</h1><p>The origin web server timed out responding to this request.</p></body></html>\n",
      );
    case "html":
      return htmlResponse(
        502,
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
      );
    case "invalid-json":
      return { kind: "body", status: 200, headers: { "content-type": "application/json" }, body: '{"id":"chatcmpl-dev","object":"chat.comp' };
    case "reset":
      return { kind: "reset" };
    case "error-200":
      // Some OpenAI-compatible gateways relay an upstream failure with status 200 and an error envelope.
      return openAiError(200, {
        message: "The upstream provider is overloaded (dev gateway fault). Please retry later.",
        type: "server_error",
        code: "upstream_overloaded",
      });
    case "moved":
      // What a web server in front of a wrong base URL answers (a host or scheme that moved). The target is on
      // this gateway, so a client that follows it gets a 404 and never leaves the machine.
      return {
        kind: "body",
        status: 301,
        headers: { "content-type": "text/html", location: `${request.gatewayUrl ?? ""}/moved${request.path}` },
        body: "<html>\n<head><title>301 Moved Permanently</title></head>\n<body>\n<center><h1>301 Moved Permanently</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n",
      };
    case "slow-headers":
    case "stall":
    case "no-done":
    case "stream-error":
    case "no-headers":
    case "stream-error-key":
    case "body-cut":
    case "json-stream":
    case "empty-stream":
    case "gzip":
      return undefined;
  }
}
