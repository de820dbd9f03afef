import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CHAT_MODEL, DEFAULT_EMBEDDING_MODEL, DEFAULT_IMAGE_MODEL, isLoopbackHost, MAX_TIMEOUT_MS, parseExtraHeaders } from "@crazyrouter/core";
import { TOOL_NAMES, resolveToolName, type ToolName } from "../server/tool-names.js";
import { BUNDLE_API_KEY_ENV, BUNDLE_BASE_URL_ENV, bundleSetting } from "./bundle-settings.js";
import { ConfigError } from "./config-error.js";
import type { HttpListenConfig, McpServerConfig } from "./mcp-server-config.js";

export const DEFAULT_HTTP_HOST = "127.0.0.1";
export const DEFAULT_HTTP_PORT = 3923;
/** Claude Desktop rejects tool results over 1 MiB; half of that leaves room for text and a second image. */
export const DEFAULT_INLINE_IMAGE_MAX_BYTES = 512 * 1024;
/** stdio messages over 10 MB kill the connection in several clients; stay well under. */
const MAX_INLINE_IMAGE_MAX_BYTES = 8 * 1024 * 1024;
const MIN_TOKEN_LENGTH = 16;

export type ParsedCommand = { command: "help" } | { command: "version" } | { command: "serve"; config: McpServerConfig };

export type Environment = Readonly<Record<string, string | undefined>>;

function text(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The base URL as set: a bundle's setting when its host filled one, else CRAZYROUTER_BASE_URL. An empty
 * CRAZYROUTER_BASE_URL stays empty (not the default) so the core rejects it with the same message the CLI gives,
 * and the first tool call tells the user; silently calling crazyrouter.com instead would send the key somewhere
 * the user did not choose. An empty bundle setting means the installer's field was cleared: the default applies.
 */
function baseUrl(env: Environment): string | undefined {
  return bundleSetting(env[BUNDLE_BASE_URL_ENV]) ?? env.CRAZYROUTER_BASE_URL?.trim();
}

function integer(env: Environment, name: string, min: number, max: number): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return Number(value);
}

function toolList(env: Environment): readonly ToolName[] {
  const value = text(env, "CRAZYROUTER_TOOLS");
  if (value === undefined) return TOOL_NAMES;
  const names = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const tools = new Set<ToolName>();
  for (const name of names) {
    const tool = resolveToolName(name);
    if (!tool)
      throw new ConfigError(`CRAZYROUTER_TOOLS names an unknown tool "${name}"; use any of ${TOOL_NAMES.join(", ")} (the crazyrouter_ prefix is optional).`);
    tools.add(tool);
  }
  if (tools.size === 0) throw new ConfigError("CRAZYROUTER_TOOLS is set but lists no tool; unset it to offer every tool.");
  // Keep the canonical order whatever order the user wrote.
  return TOOL_NAMES.filter((name) => tools.has(name));
}

function extraHeaders(env: Environment): Record<string, string> | undefined {
  try {
    return parseExtraHeaders(text(env, "CRAZYROUTER_EXTRA_HEADERS"));
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
}

type HttpFlags = { http?: boolean; port?: string; host?: string; token?: string; "token-file"?: string };

function readTokenFile(path: string, readTextFile: (path: string) => string): string {
  let content: string;
  try {
    content = readTextFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new ConfigError(`Cannot read the token file ${path} (${code}).`);
  }
  const token = content.trim();
  if (token === "") throw new ConfigError(`The token file ${path} is empty.`);
  return token;
}

/**
 * The bearer token and where it came from: `--token`, `--token-file`, CRAZYROUTER_MCP_TOKEN or
 * CRAZYROUTER_MCP_TOKEN_FILE, in that order. A flag's value shows in the process list (`ps`) to every user of
 * the machine; the variable and the files do not, so the help recommends them.
 */
function bearerToken(values: HttpFlags, env: Environment, readTextFile: (path: string) => string): Pick<HttpListenConfig, "token" | "tokenSource"> {
  const flag = values.token?.trim() || undefined;
  const flagFile = values["token-file"]?.trim() || undefined;
  if (flag !== undefined && flagFile !== undefined) throw new ConfigError("Use either --token or --token-file, not both.");
  if (flag !== undefined) return { token: flag, tokenSource: "flag" };
  if (flagFile !== undefined) return { token: readTokenFile(flagFile, readTextFile), tokenSource: "file" };
  const variable = text(env, "CRAZYROUTER_MCP_TOKEN");
  const variableFile = text(env, "CRAZYROUTER_MCP_TOKEN_FILE");
  if (variable !== undefined && variableFile !== undefined) throw new ConfigError("Set either CRAZYROUTER_MCP_TOKEN or CRAZYROUTER_MCP_TOKEN_FILE, not both.");
  if (variable !== undefined) return { token: variable, tokenSource: "environment" };
  if (variableFile !== undefined) return { token: readTokenFile(variableFile, readTextFile), tokenSource: "file" };
  return { token: undefined, tokenSource: undefined };
}

function httpConfig(values: HttpFlags, env: Environment, readTextFile: (path: string) => string): HttpListenConfig | undefined {
  if (!values.http) {
    for (const flag of ["port", "host", "token", "token-file"] as const) {
      if (values[flag] !== undefined) throw new ConfigError(`--${flag} only applies with --http.`);
    }
    return undefined;
  }
  const portText = values.port ?? String(DEFAULT_HTTP_PORT);
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new ConfigError(`--port must be a number from 0 to 65535, got "${portText}".`);
  const host = values.host?.trim() || DEFAULT_HTTP_HOST;
  const { token, tokenSource } = bearerToken(values, env, readTextFile);
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) {
    throw new ConfigError(`The bearer token must be at least ${MIN_TOKEN_LENGTH} characters without spaces (for example: openssl rand -hex 24).`);
  }
  if (!isLoopbackHost(host) && token === undefined) {
    throw new ConfigError(
      `Refusing to listen on ${host} without a bearer token: anyone who can reach it could spend your Crazyrouter credit. ` +
        "Set CRAZYROUTER_MCP_TOKEN or --token-file (or --token), or keep the default host 127.0.0.1.",
    );
  }
  return { host, port: Number(portText), token, tokenSource };
}

/**
 * Reads flags and CRAZYROUTER_* variables into a validated config. Throws `ConfigError` with a message
 * meant for the user. A missing API key is not an error here: the server starts and its tools say how
 * to set the key, because desktop clients show tool errors but hide a server's stderr.
 */
export function parseConfig(
  argv: readonly string[],
  env: Environment,
  readTextFile: (path: string) => string = (path) => readFileSync(path, "utf8"),
): ParsedCommand {
  let values: HttpFlags & { help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        http: { type: "boolean" },
        port: { type: "string" },
        host: { type: "string" },
        token: { type: "string" },
        "token-file": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message.replace(/\.?$/, ".") : String(error)} Run with --help to see the options.`);
  }
  if (values.help) return { command: "help" };
  if (values.version) return { command: "version" };

  const outputDir = text(env, "CRAZYROUTER_OUTPUT_DIR");
  return {
    command: "serve",
    config: {
      apiKey: bundleSetting(env[BUNDLE_API_KEY_ENV]) ?? text(env, "CRAZYROUTER_API_KEY"),
      baseUrl: baseUrl(env),
      chatModel: text(env, "CRAZYROUTER_CHAT_MODEL") ?? DEFAULT_CHAT_MODEL,
      embeddingModel: text(env, "CRAZYROUTER_EMBEDDING_MODEL") ?? DEFAULT_EMBEDDING_MODEL,
      imageModel: text(env, "CRAZYROUTER_IMAGE_MODEL") ?? DEFAULT_IMAGE_MODEL,
      timeoutMs: integer(env, "CRAZYROUTER_TIMEOUT_MS", 1000, MAX_TIMEOUT_MS),
      outputDir: outputDir === undefined ? join(tmpdir(), "crazyrouter-images") : resolve(outputDir),
      inlineImageMaxBytes: integer(env, "CRAZYROUTER_INLINE_IMAGE_MAX_BYTES", 0, MAX_INLINE_IMAGE_MAX_BYTES) ?? DEFAULT_INLINE_IMAGE_MAX_BYTES,
      tools: toolList(env),
      extraHeaders: extraHeaders(env),
      http: httpConfig(values, env, readTextFile),
    },
  };
}
