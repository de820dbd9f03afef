import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resolveCliConfig } from "../cli-config.js";
import { runDoctorCommand, type DoctorFlags } from "../commands/doctor.js";
import { testDependencies } from "../test-support/test-dependencies.js";

let gateway: DevGateway;
beforeAll(async () => {
  gateway = await startDevGateway();
});
afterAll(() => gateway.close());

async function run(options: { isTTY: boolean; env?: Record<string, string>; flags?: DoctorFlags }): Promise<string> {
  const env = { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl, ...options.env };
  const { dependencies, output } = testDependencies({ env, isTTY: options.isTTY });
  await runDoctorCommand(resolveCliConfig({}, env), options.flags ?? {}, dependencies);
  return output();
}

describe("doctor output", () => {
  test("not a terminal: plain tagged lines, no escapes", async () => {
    const text = await run({ isTTY: false });
    expect(text).not.toContain("\x1b");
    expect(text).not.toContain("\r");
    expect(text.split("\n")[0]).toBe("crazyrouter doctor: 8 checks");
    expect(text).toMatch(/^\[pass\] Chat \(gpt-5\.4\): answered "OK"\. \(\d+ ms\)$/m);
    expect(text).toMatch(/^\[skip\] Image generation \(gpt-image-2\): skipped: /m);
  });

  test("a terminal: each step's line is rewritten in place, with colour", async () => {
    const text = await run({ isTTY: true });
    // Pending line (spinner + title), then cleared and replaced by the result on the same line.
    // eslint-disable-next-line no-control-regex -- the terminal's escape codes are what this test checks.
    expect(text).toMatch(/\r\x1b\[2K\x1b\[36m\S+\x1b\[0m Chat \(gpt-5\.4\)…[^\n]*\r\x1b\[2K\x1b\[32m✔\x1b\[0m Chat \(gpt-5\.4\): answered "OK"\./);
    expect(text).toContain("\x1b[2m○\x1b[0m");
    expect(text).toContain("\x1b[32m6 passed, 2 skipped: everything checked works.\x1b[0m");
  });

  test("a terminal with NO_COLOR: still live, without colour codes", async () => {
    const text = await run({ isTTY: true, env: { NO_COLOR: "1" } });
    expect(text).toContain("\r\x1b[2K✔ Chat (gpt-5.4)");
    // eslint-disable-next-line no-control-regex -- the terminal's escape codes are what this test checks.
    expect(text).not.toMatch(/\x1b\[\d+m/);
  });

  test("a failing step shows its fix on the next line", async () => {
    const text = await run({ isTTY: false, env: { CRAZYROUTER_API_KEY: "sk-not-the-right-key-42" } });
    expect(text).toMatch(/^\[FAIL\] Model list \(GET \/models\): .*\(auth, HTTP 401, request \S+\)/m);
    expect(text).toMatch(/^ {7}fix: The API key was rejected\./m);
    expect(text).toContain("1 failed, 2 passed, 5 skipped: fix the failed checks above");
  });

  test("--json: one JSON document, every step with the same keys, absent values as null", async () => {
    const text = await run({ isTTY: true, flags: { json: true } });
    expect(text).not.toContain("\x1b");
    const report = JSON.parse(text) as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
    expect(Object.keys(report).sort()).toEqual(["apiKey", "baseUrl", "counts", "durationMs", "ok", "steps"]);
    expect(report).toMatchObject({ ok: true, baseUrl: gateway.baseUrl, apiKey: "sk-de…ocal", counts: { pass: 6, fail: 0, warn: 0, skip: 2 } });
    for (const step of report.steps) {
      expect(Object.keys(step).sort()).toEqual(["code", "detail", "durationMs", "fix", "httpStatus", "id", "requestId", "status", "title"]);
      expect(typeof step.durationMs).toBe("number");
    }
    expect(report.steps.map((step) => step.id)).toEqual(["base-url", "api-key", "models", "chat", "stream", "embeddings", "images", "regions"]);
    expect(report.steps.find((step) => step.id === "images")).toMatchObject({ status: "skip", fix: null, requestId: null });
  });
});
