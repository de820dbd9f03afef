import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureBuiltBin } from "./test-support/built-bin.js";
import { runBuiltBinLoading } from "./test-support/loaded-modules.js";

// A one-shot call pays for every module it loads; these check, by the modules the built bin really loads, that
// `crazyrouter models` loads its own command and nothing it does not use.
describe("what crazyrouter models loads", () => {
  let gateway: DevGateway;
  beforeAll(async () => {
    ensureBuiltBin();
    gateway = await startDevGateway();
  }, 120_000);
  afterAll(() => gateway.close());

  const run = () => runBuiltBinLoading(["models"], { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl });

  test("its own command module, and no other command's", async () => {
    const { code, stdout, sources } = await run();
    expect(code).toBe(0);
    expect(stdout.split("\n")).toContain("gpt-5.4");
    expect(sources).toContain("../src/commands/models.ts");
    expect(
      sources.filter((source) => /\/src\/(commands\/(chat|doctor|setup|generate)\.ts|doctor\/|setup\/(?!setup-client-names\.ts)|generate\/)/.test(source)),
    ).toEqual([]);
  });

  test("no Node built-in as an ES module, only through getBuiltinModule: that view evaluates every export", async () => {
    // node:util's lazy exports load Node's diff and colour code; node:buffer, node:stream and node:timers cost ~3 ms together.
    const { code, builtins } = await run();
    expect(code).toBe(0);
    expect(builtins).toEqual([]);
  });

  test("no node:zlib for an uncompressed answer and no node:perf_hooks for the clock (each ~2 ms of a start)", async () => {
    const { code, nativeModules } = await run();
    expect(code).toBe(0);
    expect(nativeModules).toContain("http");
    expect(nativeModules.filter((name) => ["zlib", "perf_hooks", "internal/perf/performance"].includes(name))).toEqual([]);
  });

  test("no process.stdout: the list goes to file descriptor 1, and the stream over it is never built", async () => {
    const { code, stdout, stdoutRead } = await run();
    expect(code).toBe(0);
    expect(stdout.split("\n")).toContain("gpt-5.4");
    expect(stdoutRead).toBe(false);
  });

  test("no zod at all, neither its file nor its code: a well-formed answer needs no zod schema", async () => {
    // Inlined and left unevaluated, zod's 100 KB were still read and deserialized on every start (~2.5 ms).
    const { code, sources, zodEvaluated } = await run();
    expect(code).toBe(0);
    expect(sources.filter((source) => source.includes("/zod/"))).toEqual([]);
    expect(zodEvaluated).toBe(false);
  });

  const runChat = () =>
    runBuiltBinLoading(["chat", "--no-stream", "Reply only OK"], { CRAZYROUTER_API_KEY: gateway.apiKey, CRAZYROUTER_BASE_URL: gateway.baseUrl });

  test("chat loads zod's own file and evaluates it: zod checks its request", async () => {
    const { code, stdout, sources, zodEvaluated } = await runChat();
    expect(code).toBe(0);
    expect(stdout).not.toBe("");
    expect(sources.some((source) => source.includes("/zod/v4/classic/schemas.js"))).toBe(true);
    expect(zodEvaluated).toBe(true);
  });

  test("no part of zod chat never runs: no locale but English, no JSON Schema import", async () => {
    const { sources } = await runChat();
    expect(sources.some((source) => source.endsWith("/zod/v4/locales/en.js"))).toBe(true);
    expect(sources.filter((source) => /\/zod\/v4\/locales\/(?!en\.js|index\.js)|from-json-schema/.test(source))).toEqual([]);
  });
});
