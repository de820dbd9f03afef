import { Buffer } from "node:buffer";
import { BASE_URL_CHANGES } from "@crazyrouter/core";
import { type DevGateway, startDevGateway } from "@crazyrouter/dev-gateway";
import { buildDifyPlugins, connectionForms, CUSTOM_BASE_URL_OPTION } from "@crazyrouter/dify";
import { afterEach, describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { resolveCliConfig } from "../cli-config.js";
import { testDependencies } from "../test-support/test-dependencies.js";
import type { McpFiles } from "./mcp-files.js";
import { runSetup, type SetupOptions } from "./run-setup.js";

let gateway: DevGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  difyArtifacts = { packages: DIFY_PACKAGES, publicKey: undefined };
});

const LIVE_MODELS = ["gpt-5.4", "deepseek-v3", "claude-sonnet-4-6", "text-embedding-3-small", "text-embedding-3-large", "gpt-image-2", "qwen-image"];
const PUBLIC_KEY = "sk-live-0123456789abcdef";

const DIFY_PACKAGES = ["artifacts/dify/crazyrouter-0.1.0.difypkg", "artifacts/dify/crazyrouter_image-0.1.0.difypkg"];
let difyArtifacts: { packages: string[]; publicKey: string | undefined } = { packages: DIFY_PACKAGES, publicKey: undefined };

const GENERATED_MCP_FILES: McpFiles = { bundle: "/work/artifacts/mcp/crazyrouter-mcp.mjs", mcpb: "/work/artifacts/mcp/crazyrouter-mcp.mcpb" };

async function setup(
  client: string | undefined,
  env: Record<string, string | undefined>,
  options: Partial<SetupOptions> = {},
  mcpFiles: McpFiles = GENERATED_MCP_FILES,
): Promise<{ code: number; text: string; lines: string[] }> {
  const { dependencies, output } = testDependencies({ env });
  const code = await runSetup(
    resolveCliConfig({}, env),
    { client, showKey: false, ...options },
    {
      ...dependencies,
      findDifyArtifacts: async () => ({ ...difyArtifacts, form: connectionForms(), customOption: CUSTOM_BASE_URL_OPTION }),
      findMcpFiles: async () => mcpFiles,
    },
  );
  return { code, text: output(), lines: output().split("\n") };
}

/** Every JSON document printed from column 0 (`{` to the next `}` line). */
function jsonBlocks(text: string): unknown[] {
  return [...text.matchAll(/^\{\n[\s\S]*?\n\}$/gm)].map((match) => JSON.parse(match[0]));
}

/** A gateway whose key is the test's, listing more models than the baseline (one of them not a chat model). */
async function liveGateway(): Promise<DevGateway> {
  gateway = await startDevGateway({ models: LIVE_MODELS, apiKeys: [PUBLIC_KEY] });
  return gateway;
}

describe("crazyrouter setup", () => {
  test("without a client lists every client", async () => {
    const { code, text } = await setup(undefined, {});
    expect(code).toBe(0);
    for (const id of ["nextchat", "cherry-studio", "dify", "coze", "codex", "claude-desktop", "cursor", "n8n"])
      expect(text).toMatch(new RegExp(`^  ${id} `, "m"));
  });

  test("an unknown client is an input error naming the known ones", async () => {
    await expect(setup("lobechat", {})).rejects.toMatchObject({ code: "invalid_input", hint: expect.stringContaining("nextchat, cherry-studio") });
  });

  test("nextchat: root BASE_URL, CUSTOM_MODELS from the live list (chat models only), key masked", async () => {
    const dev = await liveGateway();
    const { lines, text } = await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(lines).toContain("OPENAI_API_KEY=sk-li…cdef");
    expect(lines).toContain(`BASE_URL=${dev.url}`);
    // The live list is sorted by the client; the default chat model comes first.
    expect(lines).toContain("CUSTOM_MODELS=+gpt-5.4,+claude-sonnet-4-6,+deepseek-v3");
    expect(lines).toContain("HIDE_USER_API_KEY=1");
    expect(text).toContain("live list from GET /models (3 chat models of 7)");
    expect(text).not.toContain(PUBLIC_KEY);
  });

  test("nextchat: DEFAULT_MODEL (not NextChat's gpt-4o-mini) and an access CODE, with the warning", async () => {
    const dev = await liveGateway();
    const first = await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(first.lines).toContain("DEFAULT_MODEL=gpt-5.4");
    expect(first.text).toMatch(/NextChat starts every chat, and titles it, with its own default gpt-4o-mini/);
    const code = first.lines.find((line) => line.startsWith("CODE="))?.slice("CODE=".length) ?? "";
    expect(code).toMatch(/^[\w-]{16}$/);
    expect(first.text).toContain("without CODE, anyone who reaches your NextChat chats on this key");
    // A fresh password each time: a printed example must never become everyone's password.
    const second = await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(second.lines).not.toContain(`CODE=${code}`);
    // --model names the default; a model the key's whitelist leaves out gives way to one it allows.
    expect((await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl }, { model: "claude-sonnet-4-6" })).lines).toContain(
      "DEFAULT_MODEL=claude-sonnet-4-6",
    );
    const refused = await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl }, { model: "gpt-4o-mini" });
    expect(refused.lines).toContain("DEFAULT_MODEL=gpt-5.4");
    expect(refused.text).toContain("gpt-4o-mini is not in the key's list, so DEFAULT_MODEL is gpt-5.4");
  });

  test("--show-key prints the key whole", async () => {
    const dev = await liveGateway();
    const { lines, text } = await setup("nextchat", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl }, { showKey: true });
    expect(lines).toContain(`OPENAI_API_KEY=${PUBLIC_KEY}`);
    expect(text).toContain("printed whole (--show-key)");
  });

  test("no key: a placeholder, said so, and the guides' baseline models", async () => {
    const { lines, text } = await setup("nextchat", {});
    expect(lines).toContain("OPENAI_API_KEY=sk-...");
    expect(lines).toContain("BASE_URL=https://crazyrouter.com");
    expect(lines).toContain("CUSTOM_MODELS=+gpt-5.4,+claude-sonnet-4-6,+gemini-3-pro-preview");
    expect(text).toMatch(/no CRAZYROUTER_API_KEY is set; sk-\.\.\. below is a placeholder/);
    expect(text).toMatch(/guides' baseline .* because no working key/);
  });

  test("a rejected key falls back to the baseline and says why, still masked", async () => {
    const dev = await liveGateway();
    const { lines, text } = await setup("nextchat", { CRAZYROUTER_API_KEY: "sk-rejected-999999999", CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(lines).toContain("CUSTOM_MODELS=+gpt-5.4,+claude-sonnet-4-6,+gemini-3-pro-preview");
    expect(text).toMatch(/GET \/models failed: .*\(auth, HTTP 401/);
    expect(text).not.toContain("sk-rejected-999999999");
  });

  /** The servers JSON a cherrystudio://mcp/install link carries. */
  function decodeInstallLink(lines: string[]): unknown {
    const link = lines.find((line) => line.startsWith("cherrystudio://mcp/install?servers="));
    expect(link).toBeDefined();
    return JSON.parse(Buffer.from(decodeURIComponent(link!.slice("cherrystudio://mcp/install?servers=".length)), "base64").toString("utf8"));
  }

  test("cherry-studio: OpenAI provider with the root URL, the MCP JSON, and a one-click link that carries no masked key", async () => {
    const dev = await liveGateway();
    const { lines, text } = await setup("cherry-studio", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl });
    expect(lines).toContain("Provider type: OpenAI");
    expect(lines).toContain(`API URL: ${dev.url}`);
    expect(lines).toContain("API Key: sk-li…cdef");
    // Cherry Studio 1.7+ leaves a /v1 URL alone: the output must not call it a 404.
    expect(text).not.toMatch(/\/v1 there answers 404/);
    expect(text).toContain(`Since v1.7 it also leaves ${dev.baseUrl} (the /v1 form) alone`);
    expect(text).toContain("Cherry Studio runs npx servers with its bundled Bun, so this needs no Node.js of yours");
    const server = { name: "Crazyrouter", type: "stdio", description: expect.any(String), command: "npx", args: ["-y", "@crazyrouter/mcp"], longRunning: true };
    // The JSON is for reading before pasting: it shows the key as the notice says (masked), with a warning.
    expect(jsonBlocks(text)[0]).toEqual({
      mcpServers: { crazyrouter: { ...server, env: { CRAZYROUTER_API_KEY: "sk-li…cdef", CRAZYROUTER_BASE_URL: dev.baseUrl } } },
    });
    expect(text).toContain("The JSON carries the key masked (sk-li…cdef): put your real key in its place before importing.");
    // The link is imported unseen: no key at all, and the output says where to paste it.
    expect(decodeInstallLink(lines)).toEqual({ mcpServers: { crazyrouter: { ...server, env: { CRAZYROUTER_BASE_URL: dev.baseUrl } } } });
    expect(text).toContain(
      "It carries no key: after the import, open the server and paste\nCRAZYROUTER_API_KEY=<your sk-... key> into its Environment Variables box",
    );
    expect(text).not.toContain(PUBLIC_KEY);
    // Without npm: the same server from the single file, and the bundle with the key added by hand.
    expect(jsonBlocks(text).at(-1)).toMatchObject({
      mcpServers: { crazyrouter: { type: "stdio", command: "node", args: [GENERATED_MCP_FILES.bundle], longRunning: true } },
    });
    expect(text).toContain(
      `Or import the bundle, ${GENERATED_MCP_FILES.mcpb} (Add, import a DXT/MCPB file), then add CRAZYROUTER_API_KEY=<your key> to its environment variables`,
    );
  });

  test("cherry-studio --show-key: the link carries the real key, and says so", async () => {
    const dev = await liveGateway();
    const { lines, text } = await setup("cherry-studio", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl }, { showKey: true });
    expect(decodeInstallLink(lines)).toMatchObject({
      mcpServers: { crazyrouter: { env: { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: dev.baseUrl } } },
    });
    expect(text).toContain("It carries your key whole (--show-key)");
  });

  test("cherry-studio without a key: the link carries no placeholder either", async () => {
    const { lines } = await setup("cherry-studio", {});
    expect(decodeInstallLink(lines)).toMatchObject({ mcpServers: { crazyrouter: { env: { CRAZYROUTER_BASE_URL: "https://crazyrouter.com/v1" } } } });
    expect(JSON.stringify(decodeInstallLink(lines))).not.toContain("CRAZYROUTER_API_KEY");
  });

  /** The credential fields a generated plugin's provider YAML declares, as Dify's daemon reads the file: label and option labels. */
  function generatedForm(plugin: string, yamlPath: string): Array<{ label: string; options: string[] }> {
    const file = buildDifyPlugins()
      .find((folder) => folder.name === plugin)
      ?.files.find((candidate) => candidate.path === yamlPath);
    const provider = parseYaml(String(file?.content)) as {
      provider_credential_schema?: { credential_form_schemas: Array<{ label: { en_US: string }; options?: Array<{ label: { en_US: string } }> }> };
      credentials_for_provider?: Record<string, { label: { en_US: string }; options?: Array<{ label: { en_US: string } }> }>;
    };
    const fields = provider.provider_credential_schema?.credential_form_schemas ?? Object.values(provider.credentials_for_provider ?? {});
    return fields.map((field) => ({ label: field.label.en_US, options: (field.options ?? []).map((option) => option.label.en_US) }));
  }

  test("dify: the packages, the signature note, and the plugin's own form as the generated plugins declare it", async () => {
    const form = generatedForm("crazyrouter", "provider/crazyrouter.yaml");
    // The image tool's Authorize form has the same fields, which the output says.
    expect(generatedForm("crazyrouter_image", "provider/crazyrouter_image.yaml")).toEqual(form);
    const [key, region, custom] = form;

    const global = await setup("dify", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://crazyrouter.com" });
    const formAt = global.lines.indexOf(`${key!.label}: sk-li…cdef`);
    expect(global.lines.slice(formAt, formAt + 3)).toEqual([
      `${key!.label}: sk-li…cdef`,
      `${region!.label}: ${region!.options.find((option) => option.includes("https://crazyrouter.com/v1"))}`,
      `${custom!.label}: (leave empty: the region above sets the URL)`,
    ]);
    expect(global.text).toMatch(/artifacts\/dify\/crazyrouter-0\.1\.0\.difypkg +\(chat and embedding models\)/);
    expect(global.text).toMatch(/artifacts\/dify\/crazyrouter_image-0\.1\.0\.difypkg +\(image generation tool\)/);
    expect(global.text).toContain("The packages are unsigned");
    expect(global.text).toContain("FORCE_VERIFYING_SIGNATURE=false");

    const local = await setup("dify", { CRAZYROUTER_BASE_URL: "http://127.0.0.1:8787" });
    expect(local.lines).toContain(`${region!.label}: ${region!.options.at(-1)}`);
    expect(local.lines).toContain(`${custom!.label}: http://127.0.0.1:8787/v1`);
    expect(local.lines.some((line) => line.startsWith("Base URL:"))).toBe(false);

    difyArtifacts = { packages: DIFY_PACKAGES, publicKey: "artifacts/dify/crazyrouter.public.pem" };
    const signed = await setup("dify", {});
    expect(signed.text).toContain("The packages are signed; their public key is artifacts/dify/crazyrouter.public.pem.");
    expect(signed.text).toContain("THIRD_PARTY_SIGNATURE_VERIFICATION_ENABLED=true");
  });

  test("coze: the spec per route, the auth dialog, and the full endpoint URL", async () => {
    const global = await setup("coze", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://crazyrouter.com/v1/" });
    expect(global.text).toContain("file openapi/crazyrouter.yaml");
    for (const line of ["Authorization method: Service", "Location: Header", "Parameter name: Authorization", "Service token/API key: Bearer sk-li…cdef"])
      expect(global.lines).toContain(line);
    expect(global.lines).toContain("URL: https://crazyrouter.com/v1/chat/completions");
    expect(global.lines).toContain("Header Authorization: Bearer sk-li…cdef");
    const cn = await setup("coze", { CRAZYROUTER_BASE_URL: "cn.crazyrouter.com" });
    expect(cn.text).toContain("file openapi/crazyrouter-cn.yaml");
    expect(cn.lines).toContain("URL: https://cn.crazyrouter.com/v1/chat/completions");
    expect(cn.lines).toContain("Service token/API key: Bearer sk-...");
  });

  test("codex: a provider block with the /v1 base, the key left to CRAZYROUTER_API_KEY, Responses API", async () => {
    const { text, lines } = await setup(
      "codex",
      { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://cn.crazyrouter.com/v1/chat/completions" },
      { model: "claude-sonnet-4-6" },
    );
    const toml = [
      'model = "claude-sonnet-4-6"',
      'model_provider = "crazyrouter"',
      "",
      "[model_providers.crazyrouter]",
      'name = "Crazyrouter"',
      'base_url = "https://cn.crazyrouter.com/v1"',
      'env_key = "CRAZYROUTER_API_KEY"',
      'wire_api = "responses"',
    ].join("\n");
    expect(text).toContain(toml);
    expect(lines).toContain("export CRAZYROUTER_API_KEY=sk-li…cdef");
    expect(text).toContain("Note: the configured base URL was read as https://cn.crazyrouter.com/v1 (removed the endpoint path /chat/completions");
    expect(text).not.toContain(PUBLIC_KEY);
  });

  test("which base-URL corrections get a note is decided by change code, not by the note's wording", async () => {
    // Reworded notes (a translation, a clearer phrase) must not turn a harmless form change into a warning.
    const changes = BASE_URL_CHANGES as Record<string, string>;
    const original = { addedV1: changes.added_v1, trailing: changes.removed_trailing_slash };
    changes.added_v1 = "appended the /v1 version path";
    changes.removed_trailing_slash = "dropped a final slash";
    try {
      const { text } = await setup("nextchat", { CRAZYROUTER_BASE_URL: "https://crazyrouter.com/" });
      expect(text).not.toContain("Note: the configured base URL was read as");
      const pasted = await setup("nextchat", { CRAZYROUTER_BASE_URL: "https://crazyrouter.com/v1/chat/completions/" });
      expect(pasted.text).toContain("Note: the configured base URL was read as https://crazyrouter.com/v1 (removed the endpoint path /chat/completions");
      expect(pasted.text).not.toContain("dropped a final slash");
    } finally {
      changes.added_v1 = original.addedV1 as string;
      changes.removed_trailing_slash = original.trailing as string;
    }
  });

  test("codex: says the config is unverified here (only a Responses call proves it) and how Codex proves it", async () => {
    const { text } = await setup("codex", { CRAZYROUTER_BASE_URL: "https://crazyrouter.com/v1" });
    expect(text).toContain("Unverified here: Codex uses only the Responses API, and nothing in crazyrouter calls it");
    expect(text).toContain('proven only when Codex itself answers through it: codex exec "Reply only OK"');
    expect(text).not.toContain("the local dev gateway does not");
    // The dev gateway has no Responses route: a Codex pointed at it gets 404, and the output says so.
    gateway = await startDevGateway();
    const response = await fetch(`${gateway.baseUrl}/responses`, {
      method: "POST",
      headers: { authorization: `Bearer ${gateway.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-5.4", input: "Reply only OK" }),
    });
    expect(response.status).toBe(404);
    const local = await setup("codex", { CRAZYROUTER_BASE_URL: gateway.url });
    expect(local.text).toContain(
      `${gateway.baseUrl} is not a public Crazyrouter route: it must serve POST /v1/responses too (the local dev gateway does not; it answers 404).`,
    );
  });

  for (const client of ["claude-desktop", "cursor"]) {
    test(`${client}: the MCP server JSON with the key and the /v1 base in env, by npx and from the single file`, async () => {
      const { text } = await setup(client, { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://crazyrouter.com" }, { showKey: true });
      const env = { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://crazyrouter.com/v1" };
      expect(jsonBlocks(text)).toEqual([
        { mcpServers: { crazyrouter: { command: "npx", args: ["-y", "@crazyrouter/mcp"], env } } },
        { mcpServers: { crazyrouter: { command: "node", args: [GENERATED_MCP_FILES.bundle], env } } },
      ]);
      expect(text).toContain("Node.js 22.19 or later");
    });
  }

  test("claude-desktop: the MCP Bundle first, with the base URL to enter in its settings", async () => {
    const { lines } = await setup("claude-desktop", { CRAZYROUTER_BASE_URL: "cn.crazyrouter.com" });
    expect(lines).toContain(
      `1. One click, no npm: open ${GENERATED_MCP_FILES.mcpb} with Claude Desktop (double-click it, or Settings, Extensions, drag it in).`,
    );
    expect(lines).toContain("Base URL (enter https://cn.crazyrouter.com/v1).");
  });

  test("without generated MCP files: a placeholder path and where to get the files", async () => {
    const { text } = await setup("cursor", {}, {}, { bundle: undefined, mcpb: undefined });
    expect(jsonBlocks(text)[1]).toMatchObject({ mcpServers: { crazyrouter: { command: "node", args: ["/path/to/crazyrouter-mcp.mjs"] } } });
    expect(text).toContain("are not under artifacts/mcp/ yet: run `crazyrouter generate`, or download them from the project's release page.");
  });

  test("n8n: a region preset for public routes, Custom URL with the /v1 base otherwise", async () => {
    const cn = await setup("n8n", { CRAZYROUTER_API_KEY: PUBLIC_KEY, CRAZYROUTER_BASE_URL: "https://cn.crazyrouter.com" });
    expect(cn.lines).toContain("API Key: sk-li…cdef");
    expect(cn.lines).toContain("Region: China (cn.crazyrouter.com)");
    expect(cn.lines.filter((line) => line.startsWith("Base URL"))).toEqual([]);
    const custom = await setup("n8n", { CRAZYROUTER_BASE_URL: "http://127.0.0.1:8787" });
    expect(custom.lines).toContain("Region: Custom URL");
    expect(custom.lines).toContain("Base URL: http://127.0.0.1:8787/v1");
    expect(custom.lines).toContain("API Key: sk-...");
  });

  test("aliases find their client", async () => {
    expect((await setup("cherry", {})).text).toContain("Crazyrouter for Cherry Studio");
    expect((await setup("claude", {})).text).toContain("Crazyrouter for Claude Desktop");
  });
});
