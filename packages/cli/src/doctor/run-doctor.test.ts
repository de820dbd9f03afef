import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterEach, describe, expect, test } from "vitest";
import { resolveCliConfig } from "../cli-config.js";
import type { ClientFactory } from "../client-factory.js";
import { runDoctorCommand, type DoctorFlags } from "../commands/doctor.js";
import { nodeClientFactory, testDependencies } from "../test-support/test-dependencies.js";
import type { DoctorReport, DoctorStatus, DoctorStepId } from "./doctor-report.js";

let gateway: DevGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function start(options: Parameters<typeof startDevGateway>[0] = {}): Promise<DevGateway> {
  gateway = await startDevGateway(options);
  return gateway;
}

/** Runs doctor with --json and returns the exit code and parsed report. */
async function doctor(env: Record<string, string | undefined>, flags: DoctorFlags = {}, createClient: ClientFactory = nodeClientFactory) {
  const { dependencies, output } = testDependencies({ env, createClient });
  const exitCode = await runDoctorCommand(resolveCliConfig({}, env), { ...flags, json: true }, dependencies);
  const report = JSON.parse(output()) as DoctorReport;
  const status = (id: DoctorStepId) => report.steps.find((step) => step.id === id)?.status;
  const step = (id: DoctorStepId) => {
    const found = report.steps.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no step ${id}`);
    return found;
  };
  return { exitCode, report, status, step, text: output() };
}

const statuses = (report: DoctorReport): Record<string, DoctorStatus> => Object.fromEntries(report.steps.map((step) => [step.id, step.status]));

describe("doctor against the dev gateway", () => {
  test("every check passes or says why it was skipped, exit 0", async () => {
    const dev = await start();
    const { exitCode, report, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: dev.url });
    expect(exitCode).toBe(0);
    expect(statuses(report)).toEqual({
      "base-url": "pass",
      "api-key": "pass",
      models: "pass",
      chat: "pass",
      stream: "pass",
      embeddings: "pass",
      images: "skip",
      regions: "skip",
    });
    expect(step("chat").detail).toContain('"OK"');
    expect(step("chat").requestId).toMatch(/\S/);
    expect(step("stream").detail).toMatch(/chunks?, ended with \[DONE\], usage reported/);
    expect(step("embeddings").detail).toContain("a vector of 256");
    expect(step("images").detail).toContain("--images");
    expect(step("regions").detail).toMatch(/custom or local gateway.*--regions/);
    // The checks that called the gateway sent what they say they did.
    const embeddings = dev.requests.find((request) => request.path === "/v1/embeddings");
    expect(embeddings?.body).toMatchObject({ model: "text-embedding-3-small", dimensions: 256 });
    const streamed = dev.requests.find((request) => (request.body as { stream?: boolean } | undefined)?.stream === true);
    expect(streamed?.body).toMatchObject({ stream_options: { include_usage: true } });
  });

  test("--images generates one image; a model without dimensions is checked at its native length", async () => {
    const dev = await start({ models: ["gpt-5.4", "text-embedding-ada-002", "qwen-image"] });
    const { exitCode, step } = await doctor(
      { CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: dev.baseUrl },
      { images: true, "image-model": "qwen-image", "embedding-model": "text-embedding-ada-002" },
    );
    expect(exitCode).toBe(0);
    expect(step("images").status).toBe("pass");
    expect(step("images").detail).toMatch(/one image as a link/);
    expect(step("embeddings").detail).toContain("a vector of 1536");
    const embeddings = dev.requests.find((request) => request.path === "/v1/embeddings");
    expect(embeddings?.body).not.toHaveProperty("dimensions");
  });

  test("a wrong key: 401 named with code, status, request id and fix; the rest is skipped with the reason", async () => {
    const dev = await start();
    const wrongKey = "sk-wrong-key-0123456789";
    const { exitCode, report, step, text } = await doctor({ CRAZYROUTER_API_KEY: wrongKey, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(exitCode).toBe(1);
    const models = step("models");
    expect(models).toMatchObject({ status: "fail", code: "auth", httpStatus: 401 });
    expect(models.requestId).toMatch(/\S/);
    expect(models.detail).toContain(`request ${models.requestId}`);
    expect(models.fix).toMatch(/create a new sk-\.\.\. key/);
    for (const id of ["chat", "stream", "embeddings", "images", "regions"] as const) {
      expect(step(id).status).toBe("skip");
      expect(step(id).detail).toMatch(/rejected the API key \(401\)/);
    }
    expect(report.apiKey).toBe("sk-wr…6789");
    expect(text).not.toContain(wrongKey);
    // Stopped after the first 401: nothing else was sent.
    expect(dev.requests).toHaveLength(1);
  });

  test("a model outside the key's whitelist: named in the model list and refused with 403 by the chat call", async () => {
    const dev = await start({ allowedModels: ["claude-sonnet-4-6", "text-embedding-3-small"] });
    const { exitCode, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(exitCode).toBe(1);
    expect(step("models")).toMatchObject({ status: "fail", code: "forbidden_model" });
    expect(step("models").detail).toContain("gpt-5.4 is not in this key's list of 2 models");
    expect(step("models").fix).toMatch(/whitelist.*claude-sonnet-4-6/);
    expect(step("chat")).toMatchObject({ status: "fail", code: "forbidden_model", httpStatus: 403 });
    expect(step("chat").requestId).toMatch(/\S/);
    expect(step("chat").fix).toMatch(/whitelist/);
    expect(step("stream").status).toBe("skip");
    expect(step("stream").detail).toMatch(/refused gpt-5\.4/);
    // The embedding model is allowed, so that check still runs and passes.
    expect(step("embeddings").status).toBe("pass");
  });

  test("a base URL with a wrong path prefix: 404 and the base-URL fix, the rest skipped", async () => {
    const dev = await start();
    const { exitCode, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: `${dev.url}/wrong/v1` });
    expect(exitCode).toBe(1);
    expect(step("models")).toMatchObject({ status: "fail", code: "not_found", httpStatus: 404 });
    expect(step("models").fix).toMatch(/must end in \/v1/);
    expect(step("chat").detail).toMatch(/does not lead to the API \(404\)/);
  });

  test("a stream that stalls: the streaming check fails with the timeout code and the idle message", async () => {
    const dev = await start();
    // Only the streaming call carries the fault, as a proxy that buffers streams would.
    const stallStreams: ClientFactory = (options) => {
      const client = nodeClientFactory(options);
      return { ...client, streamChat: (request, call) => client.streamChat(request, { ...call, headers: { "x-dev-gateway-fault": "stall" } }) };
    };
    const { exitCode, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: dev.baseUrl }, { timeoutMs: 2000 }, stallStreams);
    expect(exitCode).toBe(1);
    expect(step("stream")).toMatchObject({ status: "fail", code: "timeout" });
    expect(step("stream").detail).toMatch(/after 1 chunk: The stream sent nothing for 1000 ms and was stopped/);
    expect(step("stream").fix).toMatch(/streaming|timeout/);
    // A stalled stream says nothing about the other routes: they still run.
    expect(step("embeddings").status).toBe("pass");
  });

  test("a gateway that answers too slowly: timeout within --timeout, later checks skipped", async () => {
    const dev = await start();
    // The answer would come after 60 s, beyond the test's own timeout: only the 500 ms deadline can end it in time.
    const { exitCode, step } = await doctor(
      {
        CRAZYROUTER_API_KEY: dev.apiKey,
        CRAZYROUTER_BASE_URL: dev.baseUrl,
        CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": "slow-headers; delay_ms=60000" }),
      },
      { timeoutMs: 500 },
    );
    expect(exitCode).toBe(1);
    expect(step("models")).toMatchObject({ status: "fail", code: "timeout" });
    expect(step("models").detail).toContain("within 500 ms");
    expect(step("chat").detail).toMatch(/did not answer GET \/models in time/);
  });

  test("--regions times both public routes (pointed at the local gateway here)", async () => {
    const dev = await start();
    const local: ClientFactory = (options) =>
      nodeClientFactory({ ...options, baseUrl: /crazyrouter\.com/.test(options.baseUrl) ? dev.baseUrl : options.baseUrl });
    const { exitCode, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: dev.baseUrl }, { regions: true }, local);
    expect(exitCode).toBe(0);
    expect(step("regions").status).toBe("pass");
    expect(step("regions").detail).toMatch(/^global \d+ ms, cn \d+ ms\.$/);
  });

  test("pasted forms: an endpoint URL warns and names the form, a key with spaces warns and stays masked", async () => {
    const dev = await start();
    const { exitCode, step, text } = await doctor({
      CRAZYROUTER_API_KEY: ` Bearer ${dev.apiKey}\n`,
      CRAZYROUTER_BASE_URL: `${dev.baseUrl}/chat/completions?utm_source=x`,
    });
    expect(exitCode).toBe(0);
    expect(step("base-url").status).toBe("warn");
    expect(step("base-url").detail).toMatch(/removed the endpoint path.*full endpoint URL/);
    expect(step("base-url").fix).toContain(dev.baseUrl);
    expect(step("api-key").status).toBe("warn");
    expect(step("api-key").detail).toMatch(/removed spaces.*Bearer/);
    expect(text).not.toContain(dev.apiKey);
    expect(step("chat").status).toBe("pass");
  });

  test("no key: says how to set one and skips the rest", async () => {
    const dev = await start();
    const { exitCode, step } = await doctor({ CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(exitCode).toBe(1);
    expect(step("api-key")).toMatchObject({ status: "fail", code: "invalid_input" });
    expect(step("api-key").fix).toContain("CRAZYROUTER_API_KEY");
    expect(step("models").status).toBe("skip");
    expect(dev.requests).toHaveLength(0);
  });

  test.each([
    ["a look-alike host in mixed scripts", "https://crazyrоuter.com/v1", /non-ASCII/],
    ["a punycode look-alike", "https://xn--crazyrutr-ohgb.com/v1", /punycode/],
    ["a line break inside", "https://crazyrouter.com/v\n1", /line breaks/],
  ])("%s fails the base-URL check and names the real routes; nothing is sent", async (_, baseUrl, message) => {
    const dev = await start();
    const { exitCode, step } = await doctor({ CRAZYROUTER_API_KEY: dev.apiKey, CRAZYROUTER_BASE_URL: baseUrl });
    expect(exitCode).toBe(1);
    expect(step("base-url")).toMatchObject({ status: "fail", code: "invalid_input", detail: expect.stringMatching(message) });
    expect(step("base-url").fix).toContain("https://crazyrouter.com/v1");
    expect(step("models").status).toBe("skip");
  });

  test("a 10 kB key fails the key check before any request", async () => {
    const dev = await start();
    const { exitCode, step, text } = await doctor({ CRAZYROUTER_API_KEY: `sk-${"x".repeat(10_000)}`, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(exitCode).toBe(1);
    expect(step("api-key")).toMatchObject({ status: "fail", code: "invalid_input", detail: expect.stringMatching(/at most 1024/) });
    expect(text).not.toContain("x".repeat(100));
    expect(dev.requests).toHaveLength(0);
  });
});
