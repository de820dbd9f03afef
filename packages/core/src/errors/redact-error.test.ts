import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "./crazyrouter-error.js";
import { redactError } from "./redact-error.js";

const secret = "crz-LEAK-0123456789";

function shown(error: unknown): string {
  const value = error as Error & { cause?: unknown };
  const cause = value.cause instanceof Error ? `${value.cause.message}${value.cause.stack}` : String(value.cause);
  return `${value.message}${value.stack}${cause}${CrazyrouterError.isInstance(error) ? JSON.stringify(error.toJSON()) + error.describe() : ""}`;
}

describe("redactError", () => {
  it("rebuilds an error that carries the key anywhere (message, hint, stack, cause) and keeps its data", () => {
    const original = new CrazyrouterError({
      code: "server",
      message: `upstream said: bad key ${secret}`,
      hint: `never use ${secret}`,
      status: 500,
      requestId: "req_1",
      retryable: true,
      attempts: 2,
      cause: new Error(`socket for ${secret}`),
    });
    const redacted = redactError(original, [secret]);
    expect(shown(redacted)).not.toContain(secret);
    expect(redacted).not.toBe(original);
    expect(redacted.toJSON()).toMatchObject({ code: "server", status: 500, requestId: "req_1", retryable: true, attempts: 2 });
    expect(redacted.message).toBe("upstream said: bad key [redacted]");
    // The caller's error is left as it was.
    expect(original.message).toContain(secret);
  });

  it("finds the key JSON-escaped too", () => {
    const quoted = 'crz/"odd\\key';
    const error = new CrazyrouterError({ code: "bad_request", message: `body: ${JSON.stringify({ key: quoted })}`, hint: "h" });
    expect(shown(redactError(error, [quoted]))).not.toContain(JSON.stringify(quoted).slice(1, -1));
  });

  it("cleans a cause that is not an Error (a transport's plain object), which String() would call [object Object]", () => {
    const original = new CrazyrouterError({
      code: "connection",
      message: "cut",
      hint: "retry",
      cause: { request: { headers: { authorization: `Bearer ${secret}` } } },
    });
    const redacted = redactError(original, [secret]);
    expect(JSON.stringify(redacted.cause)).not.toContain(secret);
    expect(String((redacted.cause as Error).message)).toContain("[redacted]");
  });

  it("returns clean errors unchanged and cleans plain errors", () => {
    const clean = new CrazyrouterError({ code: "timeout", message: "slow", hint: "wait" });
    expect(redactError(clean, [secret])).toBe(clean);
    expect(shown(redactError(new Error(`raw ${secret}`), [secret]))).not.toContain(secret);
  });
});
