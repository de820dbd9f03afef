import { describe, expect, it } from "vitest";
import { classifyHttpError } from "./classify-http-error.js";

const envelope = (code: string, message = "failed") => JSON.stringify({ error: { message, type: "invalid_request_error", code } });

describe("classifyHttpError", () => {
  it.each([
    [401, envelope("invalid_api_key"), "auth", false],
    [403, envelope("model_not_allowed", "this key is not allowed to use model x"), "forbidden_model", false],
    [404, "404 page not found", "not_found", false],
    [404, envelope("model_not_found", "The model `x` does not exist"), "model_not_found", false],
    [503, envelope("model_not_found", "无可用渠道"), "model_not_found", false],
    [400, envelope("invalid_value"), "bad_request", false],
    [408, "", "timeout", true],
    [409, "", "server", true],
    [429, envelope("rate_limit_exceeded"), "rate_limited", true],
    [429, envelope("insufficient_quota", "You exceeded your current quota"), "quota", false],
    [500, envelope("server_error"), "server", true],
    [502, "<html><body>Bad gateway</body></html>", "bad_gateway", true],
    [503, "", "server", true],
    [524, "<html>Error code 524</html>", "bad_gateway", true],
  ])("HTTP %i %s → %s (retryable %s)", (status, bodyText, code, retryable) => {
    const error = classifyHttpError({ status, bodyText, requestId: "req_1" });
    expect(error).toMatchObject({ code, retryable, status, requestId: "req_1" });
    expect(error.hint.length).toBeGreaterThan(20);
  });

  it("keeps the gateway's own message and says what to do", () => {
    const error = classifyHttpError({ status: 401, bodyText: envelope("invalid_api_key", "Invalid token"), requestId: "req_9" });
    expect(error.describe()).toBe(`Gateway answered 401: Invalid token (auth, HTTP 401, request req_9). Fix: ${error.hint}`);
    expect(error.hint).toMatch(/spaces/);
  });

  it("explains base-URL forms on a 404 and whitelists on a 403", () => {
    expect(classifyHttpError({ status: 404, bodyText: "", requestId: undefined }).hint).toMatch(/\/v1/);
    expect(classifyHttpError({ status: 403, bodyText: "", requestId: undefined }).hint).toMatch(/whitelist/);
    expect(classifyHttpError({ status: 524, bodyText: "", requestId: undefined }).hint).toMatch(/stream/);
  });
});
