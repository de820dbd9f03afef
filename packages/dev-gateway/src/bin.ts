#!/usr/bin/env node
/**
 * `crazyrouter-dev-gateway`: runs the dev gateway from a shell, for out-of-process clients (Python Dify
 * tests, real n8n, the MCP Inspector, NextChat). Prints the URLs and key to use, stops on SIGINT/SIGTERM.
 */
import { parseBinArguments, BIN_USAGE } from "./parse-bin-arguments.js";
import { startDevGateway } from "./start-dev-gateway.js";

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseBinArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${BIN_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (parsed.help) {
    process.stdout.write(`${BIN_USAGE}\n`);
    return;
  }
  const gateway = await startDevGateway(parsed.options);
  process.stdout.write(
    [
      "Crazyrouter dev gateway listening",
      `  root URL: ${gateway.url}`,
      `  base URL: ${gateway.baseUrl}`,
      `  API key:  ${gateway.apiKey}`,
      `  requests: ${gateway.url}/__dev/requests`,
      "",
    ].join("\n"),
  );
  const stop = (signal: NodeJS.Signals) => {
    process.stderr.write(`dev gateway: ${signal}, stopping\n`);
    void gateway.close();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`dev gateway: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
