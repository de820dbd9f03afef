import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./is-loopback-host.js";

describe("isLoopbackHost", () => {
  it.each(["127.0.0.1", "127.1.2.3", "127.1", "localhost", "LocalHost", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "[::ffff:7f00:1]"])(
    "accepts %j",
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );

  it.each([
    "",
    "0.0.0.0",
    "::",
    "192.168.0.2",
    "128.0.0.1",
    "::ffff:10.0.0.1",
    "example.com",
    "localhost.example.com",
    "127.0.0.1.nip.io",
    "localhost:8787",
    "127.0.0.1/x",
    "user@127.0.0.1",
    "evil.com#127.0.0.1",
  ])("refuses %j", (host) => expect(isLoopbackHost(host)).toBe(false));
});
