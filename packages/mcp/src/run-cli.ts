/** The command line: parse flags and env, then serve over stdio or HTTP until told to stop. */
import { CrazyrouterError, normalizeBaseUrl } from "@crazyrouter/core";
import { ConfigError } from "./config/config-error.js";
import { parseConfig, type ParsedCommand } from "./config/parse-config.js";
import { createGatewayAccess } from "./gateway/create-gateway-access.js";
import { createStderrLogger } from "./logging/create-stderr-logger.js";
import { SERVER_INFO } from "./server/server-info.js";

/** Cleanup gets this long before the process exits anyway: a hung socket must not keep a client waiting. */
const SHUTDOWN_DEADLINE_MS = 3000;

export async function runCli(): Promise<void> {
  let parsed: ParsedCommand;
  try {
    parsed = parseConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`crazyrouter-mcp: ${error.message}\n`);
    process.exit(2);
  }
  if (parsed.command === "help") {
    const { helpText } = await import("./config/help-text.js");
    process.stdout.write(helpText(SERVER_INFO.version));
    return;
  }
  if (parsed.command === "version") {
    process.stdout.write(`${SERVER_INFO.version}\n`);
    return;
  }

  const { config } = parsed;
  const logger = createStderrLogger([config.apiKey, config.http?.token]);
  if (config.apiKey === undefined) logger.warn("CRAZYROUTER_API_KEY is not set: tools are listed, and each call explains how to set the key.");
  if (config.http?.tokenSource === "flag") {
    logger.warn(
      "--token is visible to every user of this machine in the process list; pass the token in CRAZYROUTER_MCP_TOKEN or a file named by --token-file instead.",
    );
  }
  if (config.baseUrl !== undefined) {
    try {
      normalizeBaseUrl(config.baseUrl);
    } catch (error) {
      // Not fatal: tool calls report the same problem where the user sees it.
      logger.warn(`CRAZYROUTER_BASE_URL: ${CrazyrouterError.isInstance(error) ? error.describe() : String(error)}`);
    }
  }
  const gateway = createGatewayAccess(config, { logger });

  let stop: () => Promise<void>;
  if (config.http) {
    const { startHttpServer } = await import("./transports/start-http-server.js");
    try {
      const handle = await startHttpServer({ ...config, http: config.http }, gateway, logger);
      stop = () => handle.close();
      logger.info(`listening on ${handle.url}${config.http.token ? " (bearer token required)" : ""}`);
    } catch (error) {
      process.stderr.write(
        `crazyrouter-mcp: cannot listen on ${config.http.host}:${config.http.port}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(2);
    }
  } else {
    const { runStdioServer } = await import("./transports/run-stdio-server.js");
    const server = await runStdioServer(config, gateway, logger);
    stop = () => server.close();
  }

  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`shutting down (${reason})`);
    setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    void Promise.allSettled([stop()])
      .then(() => gateway.close())
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  // The client closing our stdin is how desktop apps stop a stdio server.
  if (!config.http) {
    process.stdin.once("end", () => shutdown("stdin closed"));
    process.stdin.once("close", () => shutdown("stdin closed"));
  }
}
