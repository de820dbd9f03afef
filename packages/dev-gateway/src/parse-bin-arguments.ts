import { parseArgs } from "node:util";
import type { DevGatewayOptions } from "./dev-gateway.js";

export const DEFAULT_BIN_PORT = 8787;

export const BIN_USAGE = `Usage: crazyrouter-dev-gateway [--port 8787] [--host 127.0.0.1] [--api-key KEY]... [--latency-ms 0]

Starts a local OpenAI-compatible simulator of the Crazyrouter gateway (loopback only).
  --port        port to listen on; 0 picks any free port (default ${DEFAULT_BIN_PORT})
  --host        loopback address to bind (default 127.0.0.1)
  --api-key     accepted Bearer key; repeat for several (default sk-dev-crazyrouter-local)
  --latency-ms  delay added before every answer (default 0)
Stops on Ctrl+C (SIGINT) or SIGTERM.`;

export type BinArguments = { help: true } | { help: false; options: DevGatewayOptions };

function integer(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`--${name} must be an integer from 0 to ${max}, got "${text}"`);
  return value;
}

/** Reads the bin's command line; throws with a readable message on anything it does not understand. */
export function parseBinArguments(argv: string[]): BinArguments {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "api-key": { type: "string", multiple: true },
      "latency-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const options: DevGatewayOptions = {
    port: integer("port", values.port, DEFAULT_BIN_PORT, 65_535),
    latencyMs: integer("latency-ms", values["latency-ms"], 0, 600_000),
  };
  if (values.host !== undefined) options.host = values.host;
  if (values["api-key"] !== undefined) options.apiKeys = values["api-key"];
  return { help: false, options };
}
