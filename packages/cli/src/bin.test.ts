import { readFileSync } from "node:fs";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { ensureBuiltBin, runBuiltBin as runBin } from "./test-support/built-bin.js";

let gateway: DevGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

describe("the built crazyrouter bin", () => {
  beforeAll(ensureBuiltBin, 120_000);

  // The bin reads process.versions before anything else; a preload makes this Node report another version.
  const asNode = (version: string) => [
    "--import",
    `data:text/javascript,${encodeURIComponent(`Object.defineProperty(process, "versions", { value: { ...process.versions, node: ${JSON.stringify(version)} } });`)}`,
  ];

  // process.getBuiltinModule, which the bundle loads Node's modules through, arrived in 22.3: on 22.0-22.2 the
  // bin used to pass its check and stop with "process.getBuiltinModule is not a function".
  test.each(["20.19.0", "22.2.0"])("on Node %s it refuses with the version it needs and exits 2", async (version) => {
    const { code, stdout, stderr } = await runBin(["--version"], {}, asNode(version));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`error: crazyrouter needs Node.js 22.3 or later; this is Node ${version}.\n`);
  });

  test("on Node 22.3 it runs", async () => {
    const { code, stdout } = await runBin(["--version"], {}, asNode("22.3.0"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("doctor passes end to end against a dev gateway, in plain lines when piped", async () => {
    gateway = await startDevGateway();
    const { code, stdout, stderr } = await runBin(["doctor"], { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.url });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).not.toContain("\x1b");
    expect(stdout.match(/^\[pass\] /gm)).toHaveLength(6);
    expect(stdout.match(/^\[skip\] /gm)).toHaveLength(2);
    expect(stdout).toContain("6 passed, 2 skipped: everything checked works.");
    expect(stdout).not.toContain(gateway.apiKey);
  });

  test("doctor --json exits 1 on a failure; the fault header reaches the gateway through CRAZYROUTER_EXTRA_HEADERS", async () => {
    gateway = await startDevGateway();
    const { code, stdout } = await runBin(["doctor", "--json", "--base-url", gateway.baseUrl], {
      CRAZYROUTER_API_KEY: gateway.apiKey,
      CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": "403" }),
    });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; steps: Array<Record<string, unknown>> };
    expect(report.ok).toBe(false);
    expect(Object.keys(report.steps[0] ?? {}).sort()).toEqual(["code", "detail", "durationMs", "fix", "httpStatus", "id", "requestId", "status", "title"]);
    expect(report.steps.find((step) => step.id === "models")).toMatchObject({ status: "fail", code: "forbidden_model", httpStatus: 403 });
  });

  test("setup nextchat prints the env lines with the key masked", async () => {
    gateway = await startDevGateway();
    const { code, stdout } = await runBin(["setup", "nextchat"], { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl });
    expect(code).toBe(0);
    expect(stdout).toContain(`BASE_URL=${gateway.url}\n`);
    expect(stdout).toContain("OPENAI_API_KEY=sk-de…ocal\n");
    expect(stdout).toContain("CUSTOM_MODELS=+gpt-5.4,+claude-sonnet-4-6,+gemini-3-pro-preview\n");
  });

  test("bad usage exits 2 with the reason on stderr", async () => {
    const { code, stderr } = await runBin(["doctor", "--timeout", "soon"], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout "soon"/);
  });

  // Every kind of bad usage: exit 2, nothing on stdout, and a line that says what to do instead.
  test.each([
    ["an unknown command", ["frobnicate"], /^error: Unknown command "frobnicate"\.\n[\s\S]*fix: Use one of: doctor, setup, models, chat, generate\./],
    ["an unknown flag", ["doctor", "--bogus"], /^error: Unknown option '--bogus'\.\n[\s\S]*fix: Run crazyrouter --help/],
    ["another command's flag", ["models", "--images"], /^error: crazyrouter models does not take --images\.\n[\s\S]*fix: Its options: --base-url, --timeout\./],
    ["a flag without its value", ["chat", "hello", "--model"], /^error: Option '--model <value>' argument missing\.\n/],
    ["a missing prompt", ["chat"], /^error: crazyrouter chat needs a prompt\.\n[\s\S]*fix: For example: crazyrouter chat "Reply only OK"/],
    ["a surplus argument", ["models", "gpt-5.4"], /^error: crazyrouter models takes no arguments, got "gpt-5.4"\.\n/],
    ["two setup clients", ["setup", "nextchat", "dify"], /^error: crazyrouter setup takes one client/],
    ["an unknown setup client", ["setup", "lobechat"], /^error: Unknown client "lobechat"\.\n[\s\S]*fix: Use one of: nextchat/],
    ["a bad value", ["doctor", "--dimensions", "many"], /^error: --dimensions "many" is not a whole number/],
    ["no command at all", [], /^error: no command given\.\n\ncrazyrouter: the Crazyrouter gateway/],
  ])("%s exits 2 and says what to do", async (_kind, args, message) => {
    const { code, stdout, stderr } = await runBin(args, {});
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toMatch(message);
  });

  test("--version and -v print the package version; --help exits 0", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) expect(await runBin([flag], {})).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(await runBin(["--help"], {})).toMatchObject({ code: 0, stderr: "" });
  });

  describe("chat and models against a hostile gateway (issue 11)", () => {
    const key = "crz-BIN-LEAKCHECK-5a6b7c8d";
    const env = (fault: string) => ({
      CRAZYROUTER_API_KEY: key,
      CRAZYROUTER_BASE_URL: gateway!.url,
      CRAZYROUTER_EXTRA_HEADERS: JSON.stringify({ "x-dev-gateway-fault": fault }),
    });

    test("a key echoed in a stream error never reaches stderr", async () => {
      gateway = await startDevGateway({ apiKeys: [key] });
      const { code, stdout, stderr } = await runBin(["chat", "hello"], env("stream-error-key"));
      expect(code).toBe(1);
      expect(stderr).toMatch(/mid-stream: Upstream rejected the stream for API key \[redacted\]/);
      expect(stdout + stderr).not.toContain(key);
    });

    test.each(["chat hello", "chat --no-stream hello", "models"])("%s honours --timeout against a gateway that never answers", async (command) => {
      gateway = await startDevGateway({ apiKeys: [key] });
      const { code, stderr } = await runBin([...command.split(" "), "--timeout", "300ms"], env("no-headers"));
      expect(code).toBe(1);
      expect(stderr).toMatch(/\(timeout\)/);
    });

    test("doctor honours --timeout as each check's deadline against a gateway that never answers", async () => {
      gateway = await startDevGateway({ apiKeys: [key] });
      // Without the 300 ms deadline, doctor's default per-check deadline outlasts runBin's 20 s limit.
      const { code, stdout } = await runBin(["doctor", "--json", "--timeout", "300ms"], env("no-headers"));
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as { steps: Array<Record<string, unknown>> };
      expect(report.steps.find((step) => step.id === "models")).toMatchObject({ status: "fail", code: "timeout" });
    });

    test("a body cut mid-answer is retried, then reported as a typed connection error", async () => {
      gateway = await startDevGateway({ apiKeys: [key] });
      const { code, stderr } = await runBin(["chat", "--no-stream", "hello"], env("body-cut"));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^error: The connection broke while the answer was arriving/);
      expect(stderr).toMatch(/\(connection, request req_\w+\)\n {2}fix: The connection was cut/);
      expect(gateway.requests).toHaveLength(3);
    });

    test("a JSON answer to the default streamed chat is printed", async () => {
      gateway = await startDevGateway({ apiKeys: [key] });
      const { code, stdout, stderr } = await runBin(["chat", "Reply only OK"], env("json-stream"));
      expect(stderr).toBe("");
      expect({ code, stdout }).toEqual({ code: 0, stdout: "OK\n" });
    });
  });
});
