import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "./crazyrouter-error.js";
import { formatErrorFacts } from "./format-error-facts.js";

describe("formatErrorFacts", () => {
  it("names the code, then the refused field, the status and the request id when known", () => {
    expect(formatErrorFacts({ code: "invalid_input", field: "messages[0].role" })).toBe("invalid_input, field messages[0].role");
    expect(formatErrorFacts({ code: "rate_limited", status: 429, requestId: "req_1" })).toBe("rate_limited, HTTP 429, request req_1");
    expect(formatErrorFacts({ code: "connection", status: undefined, requestId: "req_2" })).toBe("connection, request req_2");
    expect(formatErrorFacts({ code: "invalid_input" })).toBe("invalid_input");
  });

  it("is the line CrazyrouterError.describe() prints", () => {
    const error = new CrazyrouterError({ code: "auth", message: "Key refused.", hint: "Check the key.", status: 401, requestId: "req_3" });
    expect(error.describe()).toBe("Key refused. (auth, HTTP 401, request req_3). Fix: Check the key.");
  });
});
