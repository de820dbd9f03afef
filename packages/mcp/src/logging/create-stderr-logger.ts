import { redactSecrets } from "@crazyrouter/core";

export interface McpLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Logs to stderr, never stdout: on stdio, stdout belongs to JSON-RPC and one stray line breaks the client.
 * Every line is redacted, so a key echoed in an upstream error never reaches a log file.
 */
export function createStderrLogger(secrets: readonly (string | undefined)[], write: (line: string) => void = (line) => process.stderr.write(line)): McpLogger {
  const log = (level: string) => (message: string) => write(`[crazyrouter-mcp] ${level}${redactSecrets(message, secrets)}\n`);
  return { info: log(""), warn: log("warning: "), error: log("error: ") };
}
