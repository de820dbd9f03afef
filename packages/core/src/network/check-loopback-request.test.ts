import { describe, expect, it } from "vitest";
import { checkLoopbackRequest } from "./check-loopback-request.js";

const PORT = 8787;
const strict = { refuseCrossOrigin: true };

describe("checkLoopbackRequest", () => {
  it.each(["127.0.0.1:8787", "localhost:8787", "LOCALHOST:8787", "[::1]:8787"])("serves Host %j", (host) => {
    expect(checkLoopbackRequest({ host }, PORT, strict)).toBeUndefined();
  });

  it.each([undefined, "", "evil.example:8787", "rebound.attacker.test", "127.0.0.1", "127.0.0.1:8788", "127.0.0.1:8787@evil", "127.0.0.1:8787/x"])(
    "refuses Host %j (DNS rebinding or another server)",
    (host) => {
      expect(checkLoopbackRequest({ host }, PORT, { refuseCrossOrigin: false })).toMatch(/does not name this local server/);
    },
  );

  it("takes port 80 for a Host without a port", () => {
    expect(checkLoopbackRequest({ host: "localhost" }, 80, strict)).toBeUndefined();
  });

  it("serves this server's own pages and tools that send no Origin", () => {
    for (const headers of [
      {},
      { origin: "http://127.0.0.1:8787" },
      { origin: "http://localhost:8787" },
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
    ]) {
      expect(checkLoopbackRequest({ host: "127.0.0.1:8787", ...headers }, PORT, strict)).toBeUndefined();
    }
  });

  it.each([
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: "http://localhost:3000" },
    { origin: "https://127.0.0.1:8787" },
    { origin: "http://127.0.0.1:8787/path" },
    { "sec-fetch-site": "cross-site" },
    { "sec-fetch-site": "same-site" },
  ])("refuses a browser request from another origin: %j", (headers) => {
    expect(checkLoopbackRequest({ host: "127.0.0.1:8787", ...headers }, PORT, strict)).toMatch(/other origins/);
    expect(checkLoopbackRequest({ host: "127.0.0.1:8787", ...headers }, PORT, { refuseCrossOrigin: false })).toBeUndefined();
  });
});
