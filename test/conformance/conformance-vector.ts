import type { OperationId } from "@crazyrouter/core";

/** Placeholder the drivers replace with the key they authenticate with. */
export const API_KEY_PLACEHOLDER = "<api-key>";

/** Every platform the suite drives, in the order the table shows them. */
export const PLATFORMS = ["core", "cli", "mcp", "n8n", "dify", "coze", "openai"] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Readonly<Record<PlatformId, string>> = {
  core: "core client",
  cli: "CLI",
  mcp: "MCP server",
  n8n: "n8n node",
  dify: "Dify plugins",
  coze: "Coze tool",
  openai: "openai SDK (reference)",
};

export type VectorCategory =
  "chat" | "reasoning" | "streaming" | "tools" | "content" | "reply format" | "pass-through" | "refused" | "embeddings" | "images" | "models";

export type JsonObject = Record<string, unknown>;

/** The part of a request that depends only on the operation: method, path and the headers that matter. */
export interface ExpectedRoute {
  method: "GET" | "POST";
  path: string;
  headers: Readonly<Record<string, string>>;
}

/** What the gateway must receive for a call, or that nothing is sent because the call is refused first. */
export type ExpectedOutcome = { body: JsonObject | undefined } | { refused: string };

/**
 * How one platform makes a vector's call. `identical` is the default: it sends exactly `expected`.
 * `difference`: it sends `body` instead, deliberately, for `reason`. `not_expressible`: its users cannot make
 * this call at all (a field it has no input for), for `reason`.
 */
export type Verdict = { kind: "identical" } | { kind: "difference"; body: JsonObject; reason: string } | { kind: "not_expressible"; reason: string };

/**
 * One logical call and what every platform must put on the wire for it. `input` is the call in the words of
 * OpenAI's API reference (the fields a user asks for, `stream: true` for a streamed reply); `extraBody` holds fields
 * passed through unchecked (core's CallOptions.extraBody). `expected` is written by hand from the API reference and
 * the canonical rules (docs in DESIGN.md and issue 16), never computed by the code under test.
 */
export interface ConformanceVector {
  name: string;
  category: VectorCategory;
  operation: OperationId;
  input: JsonObject;
  extraBody?: JsonObject;
  expected: ExpectedOutcome;
  /** Platforms that do not send `expected` as is; every other platform is `identical`. */
  platforms?: Partial<Record<PlatformId, Exclude<Verdict, { kind: "identical" }>>>;
  /** Also run in a real headless n8n, not only through the node's unit harness. */
  realN8n?: boolean;
}

const jsonHeaders = { authorization: `Bearer ${API_KEY_PLACEHOLDER}`, "content-type": "application/json" };

/** Method, path and headers of each operation, from the API reference. */
export const ROUTES: Readonly<Record<OperationId, ExpectedRoute>> = {
  chat_completions: { method: "POST", path: "/v1/chat/completions", headers: jsonHeaders },
  embeddings: { method: "POST", path: "/v1/embeddings", headers: jsonHeaders },
  image_generation: { method: "POST", path: "/v1/images/generations", headers: jsonHeaders },
  list_models: { method: "GET", path: "/v1/models", headers: { authorization: `Bearer ${API_KEY_PLACEHOLDER}` } },
};

export const difference = (reason: string, body: JsonObject): Verdict & { kind: "difference" } => ({ kind: "difference", body, reason });
export const notExpressible = (reason: string): Verdict & { kind: "not_expressible" } => ({ kind: "not_expressible", reason });

/** The verdict of one platform for one vector (identical unless the vector says otherwise). */
export function verdictFor(vector: ConformanceVector, platform: PlatformId): Verdict {
  return vector.platforms?.[platform] ?? { kind: "identical" };
}

/** What this platform must produce for the vector, or undefined when it cannot make the call. */
export function expectedOutcomeFor(vector: ConformanceVector, platform: PlatformId): ExpectedOutcome | undefined {
  const verdict = verdictFor(vector, platform);
  if (verdict.kind === "not_expressible") return undefined;
  return verdict.kind === "difference" ? { body: verdict.body } : vector.expected;
}
