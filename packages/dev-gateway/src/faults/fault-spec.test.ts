import { describe, expect, test } from "vitest";
import { FaultCounter } from "./fault-counter.js";
import { faultSpecFromModel, parseFaultSpec } from "./fault-spec.js";

describe("parseFaultSpec", () => {
  test("reads the mode and its parameters", () => {
    expect(parseFaultSpec(" 429; times=2; retry_after_ms=1500 ")).toEqual({
      mode: "429",
      times: 2,
      retryAfterMs: 1500,
      key: "429; times=2; retry_after_ms=1500",
    });
    expect(parseFaultSpec("stall;delay_ms=10")).toMatchObject({ mode: "stall", delayMs: 10 });
  });

  test("refuses unknown modes and parameters", () => {
    expect(() => parseFaultSpec("418")).toThrow(/unknown fault mode "418"/);
    expect(() => parseFaultSpec("500; times=two")).toThrow(/invalid fault parameter/);
  });
});

describe("faultSpecFromModel", () => {
  test("fault-<mode> models are faults, other ids are not", () => {
    expect(faultSpecFromModel("fault-no-done")).toEqual({ mode: "no-done", key: "fault-no-done" });
    expect(faultSpecFromModel("fault-teapot")).toBeUndefined();
    expect(faultSpecFromModel("gpt-5.4")).toBeUndefined();
    expect(faultSpecFromModel(42)).toBeUndefined();
  });
});

describe("FaultCounter", () => {
  test("fails the first `times` requests per spec, always without `times`", () => {
    const counter = new FaultCounter();
    const limited = parseFaultSpec("500; times=2");
    expect([1, 2, 3].map(() => counter.shouldFail(limited))).toEqual([true, true, false]);
    expect(counter.shouldFail(parseFaultSpec("500"))).toBe(true);
    counter.reset();
    expect(counter.shouldFail(limited)).toBe(true);
  });
});
