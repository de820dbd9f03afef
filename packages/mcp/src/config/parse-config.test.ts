import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.js";
import { parseConfig } from "./parse-config.js";

const serve = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseConfig(argv, env);
  if (parsed.command !== "serve") throw new Error(`expected serve, got ${parsed.command}`);
  return parsed.config;
};

describe("parseConfig", () => {
  it("defaults to stdio, every tool, the core's default models and no key", () => {
    const config = serve([]);
    expect(config).toMatchObject({
      apiKey: undefined,
      baseUrl: undefined,
      chatModel: "gpt-5.4",
      embeddingModel: "text-embedding-3-small",
      imageModel: "gpt-image-2",
      timeoutMs: undefined,
      outputDir: join(tmpdir(), "crazyrouter-images"),
      inlineImageMaxBytes: 512 * 1024,
      tools: ["crazyrouter_chat", "crazyrouter_embeddings", "crazyrouter_generate_image", "crazyrouter_list_models"],
      http: undefined,
    });
  });

  it("reads every CRAZYROUTER_* variable, trimming pasted spaces", () => {
    const config = serve([], {
      CRAZYROUTER_API_KEY: "  sk-abc123456  ",
      CRAZYROUTER_BASE_URL: "crazyrouter.com",
      CRAZYROUTER_CHAT_MODEL: "claude-sonnet-4-6",
      CRAZYROUTER_EMBEDDING_MODEL: "text-embedding-3-large",
      CRAZYROUTER_IMAGE_MODEL: "qwen-image",
      CRAZYROUTER_TIMEOUT_MS: "30000",
      CRAZYROUTER_OUTPUT_DIR: "relative/images",
      CRAZYROUTER_INLINE_IMAGE_MAX_BYTES: "0",
      CRAZYROUTER_TOOLS: "list_models, CRAZYROUTER_CHAT",
      CRAZYROUTER_EXTRA_HEADERS: '{"X-Team":"research"}',
    });
    expect(config).toMatchObject({
      apiKey: "sk-abc123456",
      baseUrl: "crazyrouter.com",
      chatModel: "claude-sonnet-4-6",
      embeddingModel: "text-embedding-3-large",
      imageModel: "qwen-image",
      timeoutMs: 30_000,
      outputDir: join(process.cwd(), "relative/images"),
      inlineImageMaxBytes: 0,
      tools: ["crazyrouter_chat", "crazyrouter_list_models"],
      extraHeaders: { "x-team": "research" },
    });
  });

  it("takes an MCP Bundle's filled settings first, and ignores ones its host left unfilled", () => {
    // Claude Desktop fills the manifest's ${user_config.*} placeholders; Cherry Studio passes them as they are.
    expect(
      serve([], { CRAZYROUTER_MCPB_API_KEY: "sk-from-installer", CRAZYROUTER_MCPB_BASE_URL: "https://cn.crazyrouter.com/v1", CRAZYROUTER_API_KEY: "sk-env" }),
    ).toMatchObject({
      apiKey: "sk-from-installer",
      baseUrl: "https://cn.crazyrouter.com/v1",
    });
    expect(
      serve([], { CRAZYROUTER_MCPB_API_KEY: "${user_config.api_key}", CRAZYROUTER_MCPB_BASE_URL: "${user_config.base_url}", CRAZYROUTER_API_KEY: "sk-env" }),
    ).toMatchObject({
      apiKey: "sk-env",
      baseUrl: undefined,
    });
    // A cleared base-URL field in an installer means the default, not the empty-URL error of CRAZYROUTER_BASE_URL="".
    expect(serve([], { CRAZYROUTER_MCPB_API_KEY: "${user_config.api_key}", CRAZYROUTER_MCPB_BASE_URL: "" })).toMatchObject({
      apiKey: undefined,
      baseUrl: undefined,
    });
  });

  it("treats empty variables as unset", () => {
    expect(serve([], { CRAZYROUTER_API_KEY: "", CRAZYROUTER_CHAT_MODEL: " " })).toMatchObject({ apiKey: undefined, chatModel: "gpt-5.4" });
  });

  it.each([
    [{ CRAZYROUTER_TIMEOUT_MS: "fast" }, /CRAZYROUTER_TIMEOUT_MS must be a whole number/],
    [{ CRAZYROUTER_INLINE_IMAGE_MAX_BYTES: "-1" }, /CRAZYROUTER_INLINE_IMAGE_MAX_BYTES must be a whole number/],
    [{ CRAZYROUTER_TOOLS: "chat,paint" }, /unknown tool "paint"/],
    [{ CRAZYROUTER_TOOLS: " , " }, /lists no tool/],
    [{ CRAZYROUTER_EXTRA_HEADERS: "x-a: b" }, /not valid JSON/],
    [{ CRAZYROUTER_EXTRA_HEADERS: '{"Authorization":"Bearer sk-x"}' }, /may not set Authorization/],
  ])("rejects bad environment %j", (env, message) => {
    expect(() => parseConfig([], env)).toThrow(ConfigError);
    expect(() => parseConfig([], env)).toThrow(message);
  });

  it("reads the bearer token from a file named by --token-file or CRAZYROUTER_MCP_TOKEN_FILE", () => {
    const files: Record<string, string> = { "/run/secrets/mcp": "0123456789abcdef\n", "/empty": " \n" };
    const read = (path: string) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
    };
    const http = (argv: string[], env: Record<string, string> = {}) => {
      const parsed = parseConfig(["--http", ...argv], env, read);
      return parsed.command === "serve" ? parsed.config.http : undefined;
    };
    expect(http(["--token-file", "/run/secrets/mcp"])).toMatchObject({ token: "0123456789abcdef", tokenSource: "file" });
    expect(http([], { CRAZYROUTER_MCP_TOKEN_FILE: "/run/secrets/mcp" })).toMatchObject({ token: "0123456789abcdef", tokenSource: "file" });
    expect(() => http(["--token-file", "/missing"])).toThrow("Cannot read the token file /missing (ENOENT).");
    expect(() => http(["--token-file", "/empty"])).toThrow("The token file /empty is empty.");
    expect(() => http(["--token", "0123456789abcdef", "--token-file", "/run/secrets/mcp"])).toThrow(/either --token or --token-file/);
    expect(() => http([], { CRAZYROUTER_MCP_TOKEN: "0123456789abcdef", CRAZYROUTER_MCP_TOKEN_FILE: "/run/secrets/mcp" })).toThrow(/not both/);
    expect(() => parseConfig(["--token-file", "/run/secrets/mcp"], {}, read)).toThrow(/--token-file only applies with --http/);
  });

  it("parses --help and --version", () => {
    expect(parseConfig(["--help"], {})).toEqual({ command: "help" });
    expect(parseConfig(["-v"], {})).toEqual({ command: "version" });
  });

  it("serves HTTP on 127.0.0.1:3923 by default", () => {
    expect(serve(["--http"]).http).toEqual({ host: "127.0.0.1", port: 3923, token: undefined, tokenSource: undefined });
    expect(serve(["--http", "--port", "0", "--token=0123456789abcdef"]).http).toEqual({
      host: "127.0.0.1",
      port: 0,
      token: "0123456789abcdef",
      tokenSource: "flag",
    });
    expect(serve(["--http"], { CRAZYROUTER_MCP_TOKEN: "0123456789abcdef" }).http).toMatchObject({ token: "0123456789abcdef", tokenSource: "environment" });
  });

  it("refuses a non-loopback address without a token", () => {
    expect(() => parseConfig(["--http", "--host", "0.0.0.0"], {})).toThrow(/Refusing to listen on 0.0.0.0 without a bearer token/);
    expect(serve(["--http", "--host", "0.0.0.0", "--token", "0123456789abcdef"]).http?.host).toBe("0.0.0.0");
    expect(serve(["--http", "--host", "localhost"]).http?.host).toBe("localhost");
  });

  it.each([
    [["--port", "80"], /--port only applies with --http/],
    [["--http", "--port", "http"], /--port must be a number/],
    [["--http", "--port", "70000"], /--port must be a number/],
    [["--http", "--token", "short"], /at least 16 characters/],
    [["--stdio"], /Unknown option '--stdio'\. Run with --help/],
    [["extra"], /Run with --help/],
  ])("rejects bad flags %j", (argv, message) => {
    expect(() => parseConfig(argv, {})).toThrow(message);
  });
});

describe("CRAZYROUTER_BASE_URL", () => {
  it("set but empty stays empty, so the core reports it instead of silently using the default", () => {
    expect(serve([], { CRAZYROUTER_BASE_URL: "" }).baseUrl).toBe("");
    expect(serve([], { CRAZYROUTER_BASE_URL: "  " }).baseUrl).toBe("");
    expect(serve([], {}).baseUrl).toBeUndefined();
  });
});
