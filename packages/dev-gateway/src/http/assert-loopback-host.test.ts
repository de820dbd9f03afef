import { describe, expect, test } from "vitest";
import { assertLoopbackHost } from "./assert-loopback-host.js";

describe("assertLoopbackHost", () => {
  test("accepts loopback names and addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"]) {
      expect(() => assertLoopbackHost(host)).not.toThrow();
    }
  });

  test("refuses everything else with a message that says what to use", () => {
    for (const host of ["0.0.0.0", "::", "192.168.0.2", "example.com", "128.0.0.1"]) {
      expect(() => assertLoopbackHost(host)).toThrow(/loopback only.*127\.0\.0\.1/);
    }
  });
});
