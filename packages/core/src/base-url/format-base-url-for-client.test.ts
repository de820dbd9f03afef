import { describe, expect, it } from "vitest";
import { formatBaseUrlForClient } from "./format-base-url-for-client.js";

describe("formatBaseUrlForClient", () => {
  it("gives each client the form it expects, whatever was pasted", () => {
    for (const pasted of ["https://crazyrouter.com", "https://crazyrouter.com/v1/chat/completions?ref=x"]) {
      expect(formatBaseUrlForClient(pasted, "nextchat")).toBe("https://crazyrouter.com");
      expect(formatBaseUrlForClient(pasted, "cherry-studio")).toBe("https://crazyrouter.com");
      expect(formatBaseUrlForClient(pasted, "dify")).toBe("https://crazyrouter.com/v1");
      expect(formatBaseUrlForClient(pasted, "codex")).toBe("https://crazyrouter.com/v1");
      expect(formatBaseUrlForClient(pasted, "coze")).toBe("https://crazyrouter.com/v1/chat/completions");
      expect(formatBaseUrlForClient(pasted, "coze", "embeddings")).toBe("https://crazyrouter.com/v1/embeddings");
    }
  });
});
