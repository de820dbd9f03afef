import { type BaseUrlChange, CrazyrouterError, DEFAULT_CHAT_MODEL, normalizeBaseUrl } from "@crazyrouter/core";
import type { CliConfig } from "../cli-config.js";
import type { CommandDependencies } from "../command-dependencies.js";
import { regionOfBaseUrl } from "../region-of-base-url.js";
import { chatModelIds } from "./chat-model-ids.js";
import type { DifyArtifacts } from "./dify-artifacts.js";
import { keyDisplay } from "./key-display.js";
import { keyNotice } from "./key-notice.js";
import type { McpFiles } from "./mcp-files.js";
import { loadModelList, type ModelList } from "./model-list.js";
import type { SetupContext } from "./setup-context.js";
import { findSetupClient, SETUP_CLIENTS } from "./setup-clients.js";

export interface SetupOptions {
  /** Undefined lists the clients. */
  client: string | undefined;
  /** Print the whole key instead of a masked one. */
  showKey: boolean;
  model?: string | undefined;
  /** From `--timeout`: the deadline of the live model list. */
  timeoutMs?: number | undefined;
}

export interface SetupDependencies extends CommandDependencies {
  /** The generated Dify packages, their signing state and the plugin's credential form (loaded for dify only). */
  findDifyArtifacts(): Promise<DifyArtifacts>;
  /** The generated MCP files for installs without npm, as absolute paths (clients start them from anywhere). */
  findMcpFiles(): Promise<McpFiles>;
}

/** Clients whose config can start the MCP server from a file. */
const MCP_CLIENTS = new Set(["claude-desktop", "cursor", "cherry-studio"]);

/** Root or /v1 is a fine way to configure the CLI; only the other corrections hint at a pasting mistake worth a line. */
const FORM_ONLY_CHANGES: ReadonlySet<BaseUrlChange> = new Set(["added_v1", "removed_trailing_slash"]);

function clientList(): string {
  const width = Math.max(...SETUP_CLIENTS.map((client) => client.id.length));
  return SETUP_CLIENTS.map((client) => `  ${client.id.padEnd(width)}  ${client.summary}`).join("\n");
}

function modelsNotice(models: ModelList): string {
  if (models.source === "live") return `Models: the key's live list from GET /models (${chatModelIds(models.ids).length} chat models of ${models.ids.length}).`;
  return `Models: the guides' baseline (${models.ids.join(", ")}), because ${models.reason ?? "the live list was not available"}.`;
}

/** `crazyrouter setup [client]`: ready-to-paste config for one client, or the list of clients. */
export async function runSetup(config: CliConfig, options: SetupOptions, dependencies: SetupDependencies): Promise<number> {
  const { stdout } = dependencies;
  if (!options.client) {
    stdout.write(`crazyrouter setup <client>: ready-to-paste config for\n\n${clientList()}\n\nThe key is masked unless you add --show-key.\n`);
    return 0;
  }
  const client = findSetupClient(options.client);
  if (!client) {
    throw new CrazyrouterError({
      code: "invalid_input",
      message: `Unknown client "${options.client}".`,
      hint: `Use one of: ${SETUP_CLIENTS.map((known) => known.id).join(", ")}.`,
      field: "client",
    });
  }
  const normalized = normalizeBaseUrl(config.baseUrl);
  const key = keyDisplay(config.apiKey, options.showKey);
  const models: ModelList = client.usesModelList
    ? await loadModelList(dependencies.createClient, { apiKey: key.apiKey, baseUrl: normalized.baseUrl, headers: config.headers, timeoutMs: options.timeoutMs })
    : { ids: [], source: "baseline", reason: undefined };
  const context: SetupContext = {
    normalized,
    region: regionOfBaseUrl(normalized.baseUrl),
    key,
    models,
    chatModel: options.model ?? DEFAULT_CHAT_MODEL,
    dify: client.id === "dify" ? await dependencies.findDifyArtifacts() : undefined,
    mcpFiles: MCP_CLIENTS.has(client.id) ? await dependencies.findMcpFiles() : { bundle: undefined, mcpb: undefined },
  };
  const notices = [keyNotice(key)];
  if (client.usesModelList) notices.push(modelsNotice(models));
  const corrections = normalized.notes.filter((_, index) => !FORM_ONLY_CHANGES.has(normalized.changes[index] as BaseUrlChange));
  if (corrections.length > 0) notices.push(`Note: the configured base URL was read as ${normalized.baseUrl} (${corrections.join("; ")}).`);
  stdout.write(`Crazyrouter for ${client.title}\n\n${notices.join("\n")}\n\n${client.render(context)}\n`);
  return 0;
}
