import type { z } from "zod";

/** Stable ids of the gateway operations in scope. */
export type OperationId = "chat_completions" | "embeddings" | "image_generation" | "list_models";

/**
 * One gateway operation, described once. Every adapter (Coze spec, n8n node, Dify plugins, MCP tools)
 * derives its paths, inputs, docs and validation from these fields, so none of them restates a path,
 * a default or a limit.
 */
export interface OperationDefinition<Request extends z.ZodType | undefined = z.ZodType | undefined, Response extends z.ZodType = z.ZodType> {
  id: OperationId;
  /** Distinctive name a model sees when the operation is offered as a tool (Coze operationId, MCP tool). */
  toolName: string;
  /** Short human title. */
  title: string;
  method: "GET" | "POST";
  /** Path below the `/v1` base, e.g. `/chat/completions`. */
  path: string;
  /** When to use the operation, written for the model that picks tools. ASCII, at most 600 characters. */
  summary: string;
  /** Strict schema of the JSON body we send; `undefined` for operations without a body. */
  request: Request;
  /** Tolerant schema of the JSON body the gateway answers: only fields we read are checked. */
  response: Response;
  /** Request fields that only make sense for streaming transports (dropped where streaming is impossible). */
  streamingFields: readonly string[];
  /** Whether the gateway may take long enough (tens of seconds) that clients should show progress. */
  slow: boolean;
}
