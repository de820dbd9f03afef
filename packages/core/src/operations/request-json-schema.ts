import * as z from "zod";
import type { OperationDefinition } from "./operation-definition.js";

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12, as zod emits it) of an operation's request body, from zod's own
 * conversion. Adapters reshape it for their platform; they never write a field by hand.
 */
export function requestJsonSchema(operation: OperationDefinition): JsonSchema | undefined {
  if (!operation.request) return undefined;
  return z.toJSONSchema(operation.request, { io: "input", unrepresentable: "any" });
}

/** The JSON Schema of an operation's answer: only the fields the core reads are described. */
export function responseJsonSchema(operation: OperationDefinition): JsonSchema {
  return z.toJSONSchema(operation.response, { io: "output", unrepresentable: "any" });
}
