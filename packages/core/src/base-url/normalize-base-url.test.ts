import { describe, expect, it } from "vitest";
import { CrazyrouterError } from "../errors/crazyrouter-error.js";
import { normalizeBaseUrl } from "./normalize-base-url.js";

const canonical = "https://crazyrouter.com/v1";

describe("normalizeBaseUrl", () => {
  it.each([
    ["https://crazyrouter.com/v1", []],
    ["https://crazyrouter.com", ["added /v1"]],
    ["https://crazyrouter.com/", ["added /v1"]],
    ["https://crazyrouter.com/v1/", ["removed the trailing slash"]],
    ["crazyrouter.com/v1", ["added https://"]],
    ["  https://crazyrouter.com/v1\n", ["removed spaces around the URL"]],
    ["https://crazyrouter.com/v1/chat/completions", ["removed the endpoint path /chat/completions (the base URL stops at /v1)"]],
    ["https://crazyrouter.com/v1/images/generations", ["removed the endpoint path /images/generations (the base URL stops at /v1)"]],
    ["https://crazyrouter.com/v1/models?utm_source=newsletter", ["removed the query string or fragment (tracking parameters break API calls)", "removed the endpoint path /models (the base URL stops at /v1)"]],
    ["https://crazyrouter.com/v1/v1", ["removed a doubled /v1"]],
    ["https://crazyrouter.com/chat/completions", ["removed the endpoint path /chat/completions (the base URL stops at /v1)", "added /v1"]],
  ])("%j becomes the canonical base", (input, notes) => {
    const result = normalizeBaseUrl(input);
    expect(result.baseUrl).toBe(canonical);
    expect(result.root).toBe("https://crazyrouter.com");
    expect(result.notes).toEqual(notes);
  });

  it("keeps http, ports and prefixes of local gateways", () => {
    expect(normalizeBaseUrl("http://127.0.0.1:8787").baseUrl).toBe("http://127.0.0.1:8787/v1");
    expect(normalizeBaseUrl("127.0.0.1:8787/v1").baseUrl).toBe("https://127.0.0.1:8787/v1");
    expect(normalizeBaseUrl("https://proxy.example/openai/v1/embeddings")).toMatchObject({
      baseUrl: "https://proxy.example/openai/v1",
      root: "https://proxy.example/openai",
    });
  });

  it.each([
    ["ftp://crazyrouter.com/v1", /does not use http or https|uses ftp/],
    ["javascript:alert(1)", /does not use http or https/],
    ["", /empty/],
    ["https://user:sk-secret@crazyrouter.com/v1", /user name or password/],
    // Look-alike hosts: Cyrillic "о" and "е" in crazyrouter, typed or pasted as punycode.
    ["https://crazyrоuter.com/v1", /non-ASCII/],
    ["https://crazyrouter.cоm", /non-ASCII/],
    ["https://xn--crazyrutr-ohgb.com/v1", /internationalised \(punycode\)/],
    ["https://api.xn--crazyroute-q2h.com/v1", /internationalised \(punycode\)/],
    // The URL parser would silently drop these and hand back a different URL.
    ["https://crazyrouter.com/v\n1", /spaces, tabs or line breaks/],
    ["https://crazy\trouter.com/v1", /spaces, tabs or line breaks/],
    ["https://crazyrouter.com /v1", /spaces, tabs or line breaks/],
  ])("rejects %j", (input, message) => {
    let caught: unknown;
    try {
      normalizeBaseUrl(input);
    } catch (error) {
      caught = error;
    }
    expect(CrazyrouterError.isInstance(caught)).toBe(true);
    const error = caught as CrazyrouterError;
    expect(error.code).toBe("invalid_input");
    expect(error.field).toBe("baseUrl");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("sk-secret");
    // Every rejection but the credentials one points at the real route.
    if (!input.includes("@")) expect(error.hint).toMatch(/https:\/\/crazyrouter\.com\/v1/);
  });
});
