import type { ToolName } from "../server/tool-names.js";

export interface HttpListenConfig {
  host: string;
  /** 0 picks a free port (tests, benchmarks); the chosen port is printed on stderr. */
  port: number;
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  token: string | undefined;
  /** Where the token came from: a `--token` flag is visible in the process list, so it earns a warning. */
  tokenSource?: "flag" | "file" | "environment" | undefined;
}

/** Everything the server needs, already validated. The API key may be missing: calls then explain how to set it. */
export interface McpServerConfig {
  apiKey: string | undefined;
  /** As the user wrote it; the core normalises it (and reports problems) when the first call is made. */
  baseUrl: string | undefined;
  chatModel: string;
  embeddingModel: string;
  imageModel: string;
  /** Total deadline per gateway call; the core's default when unset. */
  timeoutMs: number | undefined;
  outputDir: string;
  /** Largest base64 payload returned inline across one image result. */
  inlineImageMaxBytes: number;
  tools: readonly ToolName[];
  /** Extra headers sent to the gateway on every call (advanced: proxies, test faults). */
  extraHeaders: Readonly<Record<string, string>> | undefined;
  /** Undefined for stdio. */
  http: HttpListenConfig | undefined;
}
