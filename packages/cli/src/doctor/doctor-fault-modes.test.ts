import { type DevGateway, FAULT_MODES, type FaultMode, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resolveCliConfig } from "../cli-config.js";
import { runDoctorCommand } from "../commands/doctor.js";
import { testDependencies } from "../test-support/test-dependencies.js";
import type { DoctorReport, DoctorStepId } from "./doctor-report.js";

/**
 * Every failure the dev gateway can stage, on every request doctor makes: doctor must fail, name the step
 * that met it with the core's error code, give a fix, and finish within its per-step timeout. Modes that only
 * break streams leave the plain calls working and fail the streaming check. Modes a client can live with end
 * in a warning that says what other clients will meet (json-stream) or pass (gzip).
 */
type Expectation = { step: DoctorStepId; code: string; spec?: string } | { step: DoctorStepId; warns: RegExp } | { passes: true };

const expectations: Record<FaultMode, Expectation> = {
  "401": { step: "models", code: "auth" },
  "403": { step: "models", code: "forbidden_model" },
  "404": { step: "models", code: "not_found" },
  "400": { step: "models", code: "bad_request" },
  "429": { step: "models", code: "rate_limited", spec: "429; retry_after_ms=10" },
  "insufficient-quota": { step: "models", code: "quota" },
  "500": { step: "models", code: "server" },
  "502": { step: "models", code: "bad_gateway" },
  "503": { step: "models", code: "server" },
  "524": { step: "models", code: "bad_gateway" },
  reset: { step: "models", code: "connection" },
  "slow-headers": { step: "models", code: "timeout", spec: "slow-headers; delay_ms=5000" },
  stall: { step: "models", code: "timeout", spec: "stall; delay_ms=5000" },
  "no-done": { step: "stream", code: "connection" },
  "stream-error": { step: "stream", code: "server" },
  "invalid-json": { step: "models", code: "invalid_response" },
  html: { step: "models", code: "bad_gateway" },
  "no-headers": { step: "models", code: "timeout" },
  "stream-error-key": { step: "stream", code: "server" },
  "body-cut": { step: "models", code: "connection" },
  "json-stream": { step: "stream", warns: /one JSON completion instead of a stream/ },
  "error-200": { step: "models", code: "server" },
  "empty-stream": { step: "stream", code: "server" },
  moved: { step: "models", code: "invalid_response" },
  gzip: { passes: true },
};

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

describe("doctor diagnoses every fault mode of the dev gateway", () => {
  test("the table covers every mode the gateway has", () => {
    expect(Object.keys(expectations).sort()).toEqual([...FAULT_MODES].sort());
  });

  test.each(FAULT_MODES.map((mode) => [mode, expectations[mode]] as const))("%s", async (mode, expected) => {
    const env = {
      CRAZYROUTER_API_KEY: gateway.apiKey,
      CRAZYROUTER_BASE_URL: gateway.baseUrl,
      CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": ("spec" in expected && expected.spec) || mode }),
    };
    const { dependencies, output } = testDependencies({ env });
    const exitCode = await runDoctorCommand(resolveCliConfig({}, env), { json: true, timeoutMs: 1000 }, dependencies);
    const report = JSON.parse(output()) as DoctorReport;
    const failed = report.steps.find((step) => step.status === "fail");
    expect(output()).not.toContain(gateway.apiKey);
    if ("passes" in expected) {
      expect({ exitCode, failed }).toEqual({ exitCode: 0, failed: undefined });
      return;
    }
    if ("warns" in expected) {
      expect({ exitCode, failed }).toEqual({ exitCode: 0, failed: undefined });
      expect(report.steps.find((step) => step.id === expected.step)).toMatchObject({ status: "warn", detail: expect.stringMatching(expected.warns) });
      return;
    }
    expect(exitCode).toBe(1);
    expect(failed).toMatchObject({ id: expected.step, code: expected.code });
    expect(failed?.fix?.length ?? 0).toBeGreaterThan(20);
  });
});

describe("a key the gateway echoes never reaches doctor's output", () => {
  const key = "crz-DOCTOR-LEAKCHECK-91e2";

  test.each([
    ["plain", false],
    ["--json", true],
  ])("%s", async (_, json) => {
    const own = await startDevGateway({ apiKeys: [key] });
    try {
      const env = {
        CRAZYROUTER_API_KEY: key,
        CRAZYROUTER_BASE_URL: own.baseUrl,
        CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": "stream-error-key" }),
      };
      const { dependencies, output } = testDependencies({ env });
      expect(await runDoctorCommand(resolveCliConfig({}, env), { json, timeoutMs: 2000 }, dependencies)).toBe(1);
      expect(output()).toMatch(/mid-stream: Upstream rejected the stream for API key \[redacted\]/);
      expect(output()).not.toContain(key);
    } finally {
      await own.close();
    }
  });
});
