import { describe, expect, it } from "vitest";
import table from "../../fixtures/http-errors.json" with { type: "json" };
import type { FixtureTable, HttpErrorFixtureRow } from "../fixtures/fixture-rows.js";
import { readRequestId } from "../http/request-id.js";
import { classifyErrorEnvelope, classifyHttpError } from "./classify-http-error.js";
import { FIX_HINTS, SITUATION_HINTS } from "./fix-hints.js";

const { rows } = table as FixtureTable<HttpErrorFixtureRow>;
const envelope = (code: string, message = "failed") => JSON.stringify({ error: { message, type: "invalid_request_error", code } });

const hintText = (key: HttpErrorFixtureRow["hint"]) =>
  key in FIX_HINTS ? FIX_HINTS[key as keyof typeof FIX_HINTS] : SITUATION_HINTS[key as keyof typeof SITUATION_HINTS];

describe("classifyHttpError on the shared table (fixtures/http-errors.json)", () => {
  it.each(rows.map((row) => [row.case, row] as const))("%s", (_, row) => {
    const headers = new Map(Object.entries(row.headers ?? {}));
    const error = classifyHttpError({
      status: row.status,
      bodyText: row.body,
      requestId: readRequestId({ get: (name) => headers.get(name) }),
      location: headers.get("location"),
    });
    expect({ code: error.code, retryable: error.retryable, hint: error.hint, status: error.status }).toEqual({
      code: row.code,
      retryable: row.retryable,
      hint: hintText(row.hint),
      status: row.status,
    });
    if (row.requestId !== undefined) expect(error.requestId).toBe(row.requestId);
    if (row.gatewayCode !== undefined) expect(error.gatewayCode).toBe(row.gatewayCode);
    if (row.message !== undefined) expect(error.message).toBe(row.message);
  });
});

describe("classifyHttpError", () => {
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

  it.each([301, 302, 307, 308])("explains a %i as a base URL that redirects, not as a bad parameter", (status) => {
    const error = classifyHttpError({
      status,
      bodyText: "<html><body>Moved</body></html>",
      requestId: undefined,
      location: "https://www.example.test/v1/models",
    });
    expect(error).toMatchObject({ code: "invalid_response", status, retryable: false });
    expect(error.message).toContain(`HTTP ${status} to https://www.example.test/v1/models`);
    expect(error.hint).toMatch(/base URL/);
    expect(error.hint).not.toMatch(/temperature/);
  });

  it("never leaves part of a secret when it shortens a body", () => {
    const secret = "crz-0123456789abcdef";
    const bodyText = `${"x".repeat(190)} ${secret} and more`;
    expect(classifyHttpError({ status: 400, bodyText, requestId: undefined }).message).not.toMatch(/crz-/);
  });
});

describe("classifyErrorEnvelope", () => {
  const body = (error: Record<string, string>) => JSON.stringify({ error });

  it.each([
    [{ message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" }, "auth", false],
    [{ message: "this key is not allowed to use model x", type: "permission_error" }, "forbidden_model", false],
    [{ message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" }, "rate_limited", true],
    [{ message: "You exceeded your current quota", type: "insufficient_quota" }, "quota", false],
    [{ message: "unsupported value: temperature", type: "invalid_request_error" }, "bad_request", false],
    [{ message: "upstream overloaded", type: "server_error" }, "server", true],
    [{ message: "something odd" }, "server", true],
  ])("a 200 carrying %j is %s (retryable %s), with the upstream message", (error, code, retryable) => {
    const classified = classifyErrorEnvelope({ bodyText: body(error), status: 200, requestId: "req_1", where: "answer" });
    expect(classified).toMatchObject({ code, retryable, status: 200, requestId: "req_1" });
    expect(classified.message).toBe(`The gateway answered 200 with an error instead of a result: ${error.message}`);
  });

  it("mid-stream errors are classified the same way but never retried", () => {
    const classified = classifyErrorEnvelope({
      bodyText: body({ message: "Incorrect API key provided", code: "invalid_api_key" }),
      status: 200,
      requestId: undefined,
      where: "stream",
    });
    expect(classified).toMatchObject({ code: "auth", retryable: false, status: undefined });
    expect(classified.message).toBe("The gateway reported an error mid-stream: Incorrect API key provided");
  });

  it("reads the plain-string envelope some proxies send", () => {
    expect(classifyErrorEnvelope({ bodyText: '{"error":"quota exhausted"}', status: 200, requestId: undefined, where: "answer" }).code).toBe("quota");
  });
});
