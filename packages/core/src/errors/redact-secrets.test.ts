import { describe, expect, it } from "vitest";
import { maskApiKey, redactSecrets } from "./redact-secrets.js";

describe("redactSecrets", () => {
  it("removes given secrets and anything shaped like a key", () => {
    expect(redactSecrets("token abc123secret used", ["abc123secret"])).toBe("token [redacted] used");
    expect(redactSecrets("key sk-live_ABCDEF123456 leaked")).toBe("key sk-[redacted] leaked");
  });

  it("masks for display", () => {
    expect(maskApiKey("sk-abcdefghijklmnopqrstuvwxyz")).toBe("sk-ab…wxyz");
    expect(maskApiKey("sk-short")).toBe("sk-…");
  });
});
