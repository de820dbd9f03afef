import type { CozeSchema } from "./coze-schema.js";

/** One operation of a stored plugin; the parts the runtime reads are checked where they are read. */
export interface StoredOperation {
  operationId?: string;
  summary?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: unknown;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A plugin document as Coze Studio stores it (the JSON of kin-openapi's `openapi3.T`). An OpenAPI object from
 * `buildCozeSpec` fits too: the import-flow tests show Coze stores the generated spec unchanged.
 */
export interface StoredPluginDocument {
  servers?: Array<{ url: string }>;
  paths: Record<string, Partial<Record<HttpMethod, StoredOperation>>>;
}

/** One tool of a stored plugin: Coze keeps one per path and method, named by its operationId. */
export interface StoredTool {
  serverUrl: string;
  method: string;
  subUrl: string;
  operation: StoredOperation;
  /** The JSON body schema, or undefined for a tool without a body. */
  bodySchema: CozeSchema | undefined;
}

type MediaTypes = Record<string, { schema?: CozeSchema } | undefined>;

function contentOf(value: unknown): MediaTypes {
  const content = typeof value === "object" && value !== null ? (value as { content?: unknown }).content : undefined;
  return typeof content === "object" && content !== null ? (content as MediaTypes) : {};
}

/** The operation's responses by status, each with its media types. */
export function responsesOf(operation: StoredOperation): Record<string, MediaTypes> | undefined {
  if (typeof operation.responses !== "object" || operation.responses === null) return undefined;
  return Object.fromEntries(Object.entries(operation.responses).map(([status, response]) => [status, contentOf(response)]));
}

/** Media types Coze reads a request body from, in the order it looks for them (`GetReqBodySchema`). */
const BODY_MEDIA_TYPES = ["application/json", "application/problem+json", "application/x-www-form-urlencoded", "application/x-yaml", "application/yaml"];

export function findStoredTool(document: StoredPluginDocument, toolName: string): StoredTool {
  const serverUrl = document.servers?.[0]?.url;
  if (!serverUrl) throw new Error("the plugin document has no server");
  for (const [subUrl, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation?.operationId !== toolName) continue;
      // Header, path and query parameters follow other rules that our specs never need; refuse rather than guess.
      if ((operation.parameters ?? []).length > 0) throw new Error(`${toolName}: tools with parameters outside the body are not simulated`);
      const content = contentOf(operation.requestBody);
      const mediaType = BODY_MEDIA_TYPES.find((type) => content[type]);
      if (mediaType && mediaType !== "application/json") throw new Error(`${toolName}: only JSON bodies are simulated, not ${mediaType}`);
      return { serverUrl, method: method.toUpperCase(), subUrl, operation, bodySchema: mediaType ? (content[mediaType]?.schema ?? {}) : undefined };
    }
  }
  throw new Error(`the plugin has no tool named ${toolName}`);
}
