import { describe, expect, test } from "vitest";
import { abortableDelay } from "./abortable-delay.js";
import { postJson, readJson, useDevGateway } from "../dev-gateway-test-kit.js";
import { parseFaultSpec } from "./fault-spec.js";
import { MAX_TIMER_DELAY_MS } from "./max-timer-delay.js";
import { startDevGateway } from "../start-dev-gateway.js";

const chat = { model: "gpt-5.4", messages: [{ role: "user", content: "hello" }] };

// A Node timer cannot wait more than 2^31 - 1 ms: longer waits fire after 1 ms, so "stall for a month"
// would answer at once and a client's timeout test would pass for the wrong reason.
describe("delays longer than a Node timer can wait", () => {
  const gateway = useDevGateway();

  test.each(["slow-headers", "stall"])("%s with delay_ms above 2^31 - 1 is refused with 400 invalid_fault, not served at once", async (mode) => {
    const response = await postJson(gateway(), "/chat/completions", chat, { "x-dev-gateway-fault": `${mode}; delay_ms=${2 ** 31}` });
    expect(response.status).toBe(400);
    const { error } = await readJson(response);
    expect(error.code).toBe("invalid_fault");
    expect(error.message).toMatch(/delay_ms=2147483648 is too long; use at most 2147483647/);
  });

  test("the parser takes the longest wait a timer can hold and refuses one more", () => {
    expect(parseFaultSpec(`stall; delay_ms=${MAX_TIMER_DELAY_MS}`).delayMs).toBe(MAX_TIMER_DELAY_MS);
    expect(() => parseFaultSpec("stall; delay_ms=99999999999999999999")).toThrow(/too long/);
  });

  test("latencyMs above 2^31 - 1 is refused when the gateway starts", async () => {
    await expect(startDevGateway({ latencyMs: 2 ** 31 })).rejects.toThrow(/latencyMs must be from 0 to 2147483647/);
  });

  test("the shared wait refuses such a delay instead of firing at once", async () => {
    await expect(abortableDelay(2 ** 31, new AbortController().signal)).rejects.toThrow(RangeError);
  });
});
